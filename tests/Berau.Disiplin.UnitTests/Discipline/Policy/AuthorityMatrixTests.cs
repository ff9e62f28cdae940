using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>Who may impose which level on whom, in a kabupaten (default version).</summary>
public sealed class AuthorityMatrixTests
{
    private readonly AuthorityMatrix _authority = Default().Authority;

    [Theory]
    [InlineData(PositionLevel.Pengawas, PositionLevel.Pelaksana, SanctionLevel.Ringan)]
    [InlineData(PositionLevel.Administrator, PositionLevel.Pengawas, SanctionLevel.Ringan)]
    [InlineData(PositionLevel.Administrator, PositionLevel.Pelaksana, SanctionLevel.Sedang)]
    [InlineData(PositionLevel.Administrator, PositionLevel.Fungsional, SanctionLevel.Ringan)]
    [InlineData(PositionLevel.Administrator, PositionLevel.Fungsional, SanctionLevel.Sedang)]
    [InlineData(PositionLevel.JptPratama, PositionLevel.Administrator, SanctionLevel.Ringan)]
    [InlineData(PositionLevel.JptPratama, PositionLevel.Pengawas, SanctionLevel.Sedang)]
    [InlineData(PositionLevel.JptPratama, PositionLevel.Fungsional, SanctionLevel.Sedang)]
    [InlineData(PositionLevel.Bupati, PositionLevel.Administrator, SanctionLevel.Sedang)]
    [InlineData(PositionLevel.Bupati, PositionLevel.Pelaksana, SanctionLevel.Sedang)]
    [InlineData(PositionLevel.Bupati, PositionLevel.Pelaksana, SanctionLevel.Berat)]
    [InlineData(PositionLevel.Bupati, PositionLevel.Fungsional, SanctionLevel.Berat)]
    [InlineData(PositionLevel.Bupati, PositionLevel.JptPratama, SanctionLevel.Ringan)]
    [InlineData(PositionLevel.Bupati, PositionLevel.JptPratama, SanctionLevel.Sedang)]
    [InlineData(PositionLevel.Bupati, PositionLevel.JptPratama, SanctionLevel.Berat)]
    public void Entitled_officials_may_impose(PositionLevel official, PositionLevel subject, SanctionLevel level)
    {
        var verdict = _authority.CanImpose(official, subject, level);

        Assert.True(verdict.Allowed, verdict.Reason);
        Assert.NotNull(verdict.Grant);
        Assert.Contains("berwenang menjatuhkan", verdict.Reason);
        Assert.Contains(official, verdict.EntitledOfficials);
    }

    [Fact]
    public void The_allowed_verdict_names_the_distance_and_the_basis()
    {
        var verdict = _authority.CanImpose(PositionLevel.Administrator, PositionLevel.Pelaksana, SanctionLevel.Sedang);

        Assert.Equal("Pejabat Administrator berwenang menjatuhkan hukuman disiplin sedang kepada Pelaksana (2 tingkat di bawahnya). "
            + "Dasar: PP 94/2021, ketentuan pejabat yang berwenang menghukum di kabupaten/kota: Pejabat Administrator.",
            verdict.Reason);
    }

    [Fact]
    public void For_contract_staff_the_verdict_speaks_of_a_sanksi_and_cites_no_PP_94()
    {
        var allowed = _authority.CanImpose(PositionLevel.Pengawas, PositionLevel.Pelaksana, SanctionLevel.Ringan, EmploymentType.Contract);
        var refused = _authority.CanImpose(PositionLevel.Pengawas, PositionLevel.Pelaksana, SanctionLevel.Berat, EmploymentType.Contract);

        Assert.Equal("Pejabat Pengawas berwenang menjatuhkan sanksi ringan kepada Pelaksana (1 tingkat di bawahnya). "
            + "Dasar: matriks kewenangan kebijakan sanksi Pemkab Berau.", allowed.Reason);
        Assert.StartsWith("Pejabat Pengawas tidak berwenang menjatuhkan sanksi berat kepada Pelaksana.", refused.Reason);
        Assert.DoesNotContain("hukuman", allowed.Reason + refused.Reason);
        Assert.DoesNotContain("PP 94", allowed.Reason + refused.Reason);
    }

    [Theory]
    // A Pengawas may give a pelaksana ringan only.
    [InlineData(PositionLevel.Pengawas, PositionLevel.Pelaksana, SanctionLevel.Sedang, new[] { PositionLevel.Administrator, PositionLevel.Bupati })]
    // Ringan is for one level below: for a pelaksana that is the Pengawas, not the Administrator or the Kepala Dinas.
    [InlineData(PositionLevel.Administrator, PositionLevel.Pelaksana, SanctionLevel.Ringan, new[] { PositionLevel.Pengawas })]
    [InlineData(PositionLevel.JptPratama, PositionLevel.Pelaksana, SanctionLevel.Ringan, new[] { PositionLevel.Pengawas })]
    // Berat is the Bupati's alone.
    [InlineData(PositionLevel.Administrator, PositionLevel.Pelaksana, SanctionLevel.Berat, new[] { PositionLevel.Bupati })]
    [InlineData(PositionLevel.JptPratama, PositionLevel.Pengawas, SanctionLevel.Berat, new[] { PositionLevel.Bupati })]
    // Sedang for an Administrator: only the Bupati (the Kepala Dinas is one level above, not two).
    [InlineData(PositionLevel.JptPratama, PositionLevel.Administrator, SanctionLevel.Sedang, new[] { PositionLevel.Bupati })]
    // Nobody sanctions upwards or sideways.
    [InlineData(PositionLevel.Pengawas, PositionLevel.Administrator, SanctionLevel.Ringan, new[] { PositionLevel.JptPratama })]
    [InlineData(PositionLevel.Pelaksana, PositionLevel.Pelaksana, SanctionLevel.Ringan, new[] { PositionLevel.Pengawas })]
    // The Bupati gives a functional official berat only.
    [InlineData(PositionLevel.Bupati, PositionLevel.Fungsional, SanctionLevel.Sedang, new[] { PositionLevel.Administrator, PositionLevel.JptPratama })]
    [InlineData(PositionLevel.Bupati, PositionLevel.Pelaksana, SanctionLevel.Ringan, new[] { PositionLevel.Pengawas })]
    public void Officials_without_the_authority_are_refused_with_who_is_entitled(PositionLevel official, PositionLevel subject,
        SanctionLevel level, PositionLevel[] entitled)
    {
        var verdict = _authority.CanImpose(official, subject, level);

        Assert.False(verdict.Allowed);
        Assert.Null(verdict.Grant);
        Assert.Equal(entitled.Order(), verdict.EntitledOfficials.Order());
        Assert.Contains($"{PolicyWording.Of(official)} tidak berwenang menjatuhkan hukuman disiplin {PolicyWording.Of(level)} kepada {PolicyWording.Of(subject)}.",
            verdict.Reason);
        Assert.All(entitled, e => Assert.Contains(PolicyWording.Of(e), verdict.Reason));
    }

    [Fact]
    public void A_decision_by_an_official_without_the_authority_is_refused_as_not_entitled()
    {
        var refusal = Assert.Throws<NotEntitledException>(() =>
            _authority.EnsureCanImpose(PositionLevel.Pengawas, PositionLevel.Pelaksana, SanctionLevel.Sedang));

        Assert.Equal("Pejabat Pengawas tidak berwenang menjatuhkan hukuman disiplin sedang kepada Pelaksana. "
            + "Yang berwenang: Pejabat Administrator, Bupati (PPK).", refusal.Message);
    }

    [Fact]
    public void An_entitled_official_passes_the_check()
    {
        var verdict = _authority.CanImpose(PositionLevel.Pengawas, PositionLevel.Pelaksana, SanctionLevel.Ringan);

        verdict.ThrowIfRefused();
        Assert.True(verdict.Allowed);
    }

    [Fact]
    public void The_Bupati_is_never_a_subject_of_the_matrix()
    {
        var verdict = _authority.CanImpose(PositionLevel.Bupati, PositionLevel.Bupati, SanctionLevel.Ringan);

        Assert.False(verdict.Allowed);
        Assert.Contains("Bupati bukan pegawai", verdict.Reason);
    }

    [Fact]
    public void The_PerBKN_grant_of_sedang_to_a_Pengawas_is_off_by_default()
    {
        var grant = Assert.Single(_authority.Config.Grants, g => g.Switch is not null);

        Assert.Equal("perbkn-pengawas-sedang-dua-tingkat", grant.Switch);
        Assert.False(_authority.Config.Switches[grant.Switch!]);
        Assert.DoesNotContain(grant, _authority.ActiveGrants);
    }

    [Fact]
    public void Switching_the_PerBKN_grant_on_makes_it_count_but_in_the_kabupaten_chain_no_one_is_two_levels_below_a_Pengawas()
    {
        var version = Default().Version;
        var on = new AuthorityMatrix(version.Authority with
        {
            Switches = new Dictionary<string, bool> { ["perbkn-pengawas-sedang-dua-tingkat"] = true },
        });

        Assert.Contains(on.ActiveGrants, g => g.Switch == "perbkn-pengawas-sedang-dua-tingkat");
        Assert.False(on.CanImpose(PositionLevel.Pengawas, PositionLevel.Pelaksana, SanctionLevel.Sedang).Allowed);
    }

    [Fact]
    public void Reading_the_PerBKN_grant_as_up_to_two_levels_below_is_a_change_of_data_not_code()
    {
        var config = Default().Version.Authority;
        var upToTwo = new AuthorityMatrix(config with
        {
            Switches = new Dictionary<string, bool> { ["perbkn-pengawas-sedang-dua-tingkat"] = true },
            Grants = config.Grants.Select(g => g.Switch is null ? g : g with { LevelsBelow = new IntRange(1, 2) }).ToList(),
        });

        var verdict = upToTwo.CanImpose(PositionLevel.Pengawas, PositionLevel.Pelaksana, SanctionLevel.Sedang);

        Assert.True(verdict.Allowed);
        Assert.Equal(Confidence.Secondary, verdict.Grant?.Confidence);
    }

    [Theory]
    [InlineData(PositionLevel.JptPratama, PositionLevel.Administrator, true)]
    [InlineData(PositionLevel.Administrator, PositionLevel.Pengawas, true)]
    [InlineData(PositionLevel.JptPratama, PositionLevel.Pelaksana, true)]
    [InlineData(PositionLevel.Bupati, PositionLevel.JptPratama, true)]
    [InlineData(PositionLevel.Administrator, PositionLevel.Administrator, false)]
    [InlineData(PositionLevel.Pengawas, PositionLevel.Administrator, false)]
    [InlineData(PositionLevel.Fungsional, PositionLevel.Pelaksana, false)]
    [InlineData(PositionLevel.JptPratama, PositionLevel.Bupati, false)]
    [InlineData(PositionLevel.Bupati, PositionLevel.Bupati, false)]
    public void Superior_is_higher_on_the_versions_chain_and_the_Bupati_is_above_every_level(PositionLevel official,
        PositionLevel other, bool above) =>
        Assert.Equal(above, _authority.IsAbove(official, other));

    [Fact]
    public void The_chain_cannot_place_a_level_that_is_not_on_it()
    {
        Assert.Null(_authority.IsAbove(PositionLevel.Bupati, PositionLevel.Fungsional));
        Assert.Null(_authority.IsAbove(PositionLevel.JptPratama, PositionLevel.Fungsional));
    }

    [Fact]
    public void Superiors_follow_the_chain_a_version_publishes()
    {
        var flat = new AuthorityMatrix(_authority.Config with { Chain = [PositionLevel.Pengawas, PositionLevel.Administrator] });

        Assert.Equal(true, flat.IsAbove(PositionLevel.Pengawas, PositionLevel.Administrator));
        Assert.Equal(false, flat.IsAbove(PositionLevel.Administrator, PositionLevel.Pengawas));
        Assert.Null(flat.IsAbove(PositionLevel.JptPratama, PositionLevel.Pelaksana));
    }
}
