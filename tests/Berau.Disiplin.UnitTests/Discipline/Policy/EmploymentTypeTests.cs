using Berau.Disiplin.Discipline.Policy;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>PPPK and contract staff only get the sanctions their rules allow.</summary>
public sealed class EmploymentTypeTests
{
    private readonly SanctionPolicy _policy = Default();

    [Fact]
    public void A_heavy_sanction_for_a_PPPK_is_termination_of_the_work_agreement()
    {
        var decision = _policy.Evaluate(Absence(22, type: EmploymentType.Pppk));

        Assert.Equal("PHPK", decision.Sanction?.Code);
        Assert.Equal("pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri", decision.Sanction?.Name);
        Assert.Equal(SanctionLevel.Berat, decision.Level);
        Assert.Equal("absen-21-24-hari", decision.RuleId);
        Assert.True(decision.NeedsOfficialDecision);
        Assert.Contains("Bagi PPPK, penurunan jabatan setingkat lebih rendah selama 12 bulan (B1) diganti", decision.Explanation);
        Assert.Contains("pelanggaran disiplin berat PPPK berujung pemutusan hubungan perjanjian kerja", decision.Explanation);
    }

    [Theory]
    [InlineData(EmploymentType.Pns, "B3")]
    [InlineData(EmploymentType.Pppk, "PHPK")]
    [InlineData(EmploymentType.Contract, "K3")]
    public void Twenty_eight_days_of_absence_earn_the_heaviest_sanction_each_employment_type_allows(EmploymentType type, string expected)
    {
        var decision = _policy.Evaluate(Absence(28, type: type));

        Assert.Equal(expected, decision.Sanction?.Code);
        Assert.Equal(SanctionLevel.Berat, decision.Level);
    }

    [Fact]
    public void Light_and_medium_sanctions_for_a_PPPK_are_those_of_a_PNS()
    {
        Assert.Equal("R2", _policy.Evaluate(SeedCase() with { EmploymentType = EmploymentType.Pppk }).Sanction?.Code);
        Assert.Equal("S3", _policy.Evaluate(Absence(20, type: EmploymentType.Pppk)).Sanction?.Code);
    }

    [Fact]
    public void A_PPPK_repeat_after_the_last_medium_sanction_ends_the_work_agreement_and_stays_there()
    {
        var afterS3 = _policy.Evaluate(PlainSocialMedia(Prior("S3")) with { EmploymentType = EmploymentType.Pppk });
        var afterPhpk = _policy.Evaluate(PlainSocialMedia(Prior("PHPK")) with { EmploymentType = EmploymentType.Pppk });

        Assert.Equal("PHPK", afterS3.Sanction?.Code);
        Assert.Equal("PHPK", afterPhpk.Sanction?.Code);
        Assert.Contains("Hukuman itu (PHPK) sudah yang terberat yang dapat dijatuhkan kepada PPPK", afterPhpk.Explanation);
    }

    [Fact]
    public void Contract_staff_follow_Berau_own_ladder_oral_then_written_warning_then_contract_termination()
    {
        OffenceFacts Contract(params PriorSanction[] priors) => PlainSocialMedia(priors) with { EmploymentType = EmploymentType.Contract };

        var first = _policy.Evaluate(Contract());
        var second = _policy.Evaluate(Contract(Prior("K1")));
        var third = _policy.Evaluate(Contract(Prior("K1", 12), Prior("K2", 3)));
        var fourth = _policy.Evaluate(Contract(Prior("K3")));

        Assert.Equal(("K1", "teguran lisan"), (first.Sanction?.Code, first.Sanction?.Name));
        Assert.Equal(("K2", "teguran tertulis"), (second.Sanction?.Code, second.Sanction?.Name));
        Assert.Equal(("K3", "pemutusan perjanjian kerja tenaga kontrak"), (third.Sanction?.Code, third.Sanction?.Name));
        Assert.True(third.NeedsOfficialDecision);
        Assert.Equal("K3", fourth.Sanction?.Code);
        Assert.Equal(Confidence.Unverified, _policy.Version.Regimes.Single(r => r.EmploymentType == EmploymentType.Contract).Confidence);
    }

    [Fact]
    public void A_contract_worker_in_the_seed_case_gets_a_written_warning_under_Berau_rule_and_the_same_transfer_recommendation()
    {
        var decision = _policy.Evaluate(SeedCase() with { EmploymentType = EmploymentType.Contract });

        Assert.Equal("K2", decision.Sanction?.Code);
        Assert.True(decision.Transfer.Recommended);
        Assert.Contains("Bagi tenaga kontrak, teguran tertulis dijatuhkan menurut aturan tenaga kontrak (K2)", decision.Explanation);
        Assert.Contains("belum diverifikasi", decision.Explanation);
    }

    [Fact]
    public void A_rule_limited_to_one_employment_type_leaves_the_others_alone()
    {
        // E.g. a Berau regulation that ends a contract for any live broadcast during working hours.
        var contractRule = new PolicyRule
        {
            Id = "kontrak-siaran-langsung",
            Title = "Siaran langsung pribadi oleh tenaga kontrak",
            When = new RuleConditions
            {
                Categories = [OffenceCategory.PersonalSocialMedia],
                EmploymentTypes = [EmploymentType.Contract],
                AggravatingAnyOf = [AggravatingFact.LiveBroadcast],
            },
            Sanction = "K3",
            Article = "Perbup Berau (contoh)",
            Confidence = Confidence.Unverified,
            Explanation = "Siaran langsung pribadi pada jam kerja oleh tenaga kontrak; hukuman: {sanction}.",
        };
        var policy = SanctionPolicy.From(Default().Version with { Rules = [.. Default().Version.Rules, contractRule] });

        Assert.Equal("K3", policy.Evaluate(SeedCase() with { EmploymentType = EmploymentType.Contract }).Sanction?.Code);
        Assert.Equal("R2", policy.Evaluate(SeedCase()).Sanction?.Code);
    }

    [Fact]
    public void Tukin_cuts_are_imposed_as_such_unless_the_version_switches_on_the_transitional_substitutes()
    {
        var facts = Absence(12);
        var withSubstitutes = SanctionPolicy.From(Default().Version.WithSettings(s => s with { ApplyTransitionalSubstitutes = true }));

        var plain = _policy.Evaluate(facts);
        var substituted = withSubstitutes.Evaluate(facts);

        Assert.False(_policy.Settings.ApplyTransitionalSubstitutes);
        Assert.Equal(("S1", "pemotongan tunjangan kinerja sebesar 25% selama 6 bulan", false),
            (plain.Sanction?.Code, plain.Sanction?.Name, plain.Sanction?.IsTransitionalSubstitute));
        Assert.Equal(("S1", "penundaan kenaikan gaji berkala selama 1 tahun", true, 12),
            (substituted.Sanction?.Code, substituted.Sanction?.Name, substituted.Sanction?.IsTransitionalSubstitute, substituted.Sanction?.DurationMonths));
        Assert.Contains("Ketentuan peralihan berlaku", substituted.Explanation);
        Assert.Equal("penurunan pangkat setingkat lebih rendah selama 1 tahun", withSubstitutes.Evaluate(Absence(18)).Sanction?.Name);
    }

    [Theory]
    [InlineData(EmploymentType.Pns, "S1", "R1 R2 R3")]
    [InlineData(EmploymentType.Pppk, "PHPK", "R1 R2 R3 S1 S2 S3")]
    [InlineData(EmploymentType.Contract, "K2", "K1")]
    [InlineData(EmploymentType.Pns, "R1", "")]
    [InlineData(EmploymentType.Contract, "R2", "")]
    public void Lighter_sanctions_are_those_below_on_the_employment_types_ladder(EmploymentType type, string code, string lighter) =>
        Assert.Equal(lighter, string.Join(" ", _policy.LighterThan(type, code).Select(s => s.Code)));
}
