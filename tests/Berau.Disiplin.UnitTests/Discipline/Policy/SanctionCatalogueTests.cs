using Berau.Disiplin.Discipline.Policy;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>The catalogue of the default version: PP 94/2021 Pasal 8 word for word, except where Berau words it itself.</summary>
public sealed class SanctionCatalogueTests
{
    private readonly SanctionPolicy _policy = Default();

    [Theory]
    [InlineData("R1", "teguran lisan", SanctionLevel.Ringan, null, "PP 94/2021 Pasal 8 ayat (2) huruf a")]
    [InlineData("R2", "teguran tertulis", SanctionLevel.Ringan, null, "PP 94/2021 Pasal 8 ayat (2) huruf b")]
    [InlineData("R3", "pernyataan tidak puas secara tertulis", SanctionLevel.Ringan, null, "PP 94/2021 Pasal 8 ayat (2) huruf c")]
    [InlineData("B1", "penurunan jabatan setingkat lebih rendah selama 12 bulan", SanctionLevel.Berat, 12, "PP 94/2021 Pasal 8 ayat (4) huruf a")]
    [InlineData("B2", "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", SanctionLevel.Berat, 12, "PP 94/2021 Pasal 8 ayat (4) huruf b")]
    [InlineData("B3", "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS", SanctionLevel.Berat, null, "PP 94/2021 Pasal 8 ayat (4) huruf c")]
    public void Each_ringan_and_berat_sanction_has_the_regulation_wording_level_duration_and_article(string code, string name,
        SanctionLevel level, int? months, string article)
    {
        var type = _policy.SanctionType(code);

        Assert.Equal(name, type.Name);
        Assert.Equal(level, type.Level);
        Assert.Equal(months, type.DurationMonths);
        Assert.Equal(article, type.Article);
        Assert.Equal(Confidence.Verified, type.Confidence);
        Assert.False(string.IsNullOrWhiteSpace(type.EnglishName));
    }

    [Theory]
    [InlineData("S1", 6, "PP 94/2021 Pasal 8 ayat (3) huruf a")]
    [InlineData("S2", 9, "PP 94/2021 Pasal 8 ayat (3) huruf b")]
    [InlineData("S3", 12, "PP 94/2021 Pasal 8 ayat (3) huruf c")]
    public void The_sedang_sanctions_speak_of_Berau_TPP_not_a_tukin_cut_and_say_it_is_Berau_wording(string code, int months, string article)
    {
        var type = _policy.SanctionType(code);

        Assert.Equal($"pemotongan tambahan penghasilan pegawai (TPP) sebesar 25% selama {months} bulan", type.Name);
        Assert.DoesNotContain("tunjangan kinerja", type.Name);
        Assert.Equal(SanctionLevel.Sedang, type.Level);
        Assert.Equal(months, type.DurationMonths);
        Assert.Equal(article, type.Article);
        Assert.Equal(Confidence.BerauPolicy, type.Confidence);
    }

    [Fact]
    public void The_PNS_ladder_orders_the_nine_sanctions_from_oral_warning_to_dismissal()
    {
        Assert.Equal(["R1", "R2", "R3", "S1", "S2", "S3", "B1", "B2", "B3"],
            _policy.LadderFor(EmploymentType.Pns).Select(s => s.Code));
    }

    [Fact]
    public void PPPK_ladder_ends_in_termination_of_the_work_agreement_and_contract_staff_have_their_own()
    {
        Assert.Equal(["R1", "R2", "R3", "S1", "S2", "S3", "PHPK"], _policy.LadderFor(EmploymentType.Pppk).Select(s => s.Code));
        Assert.Equal("PP 49/2018 Pasal 53", _policy.SanctionType("PHPK").Article);
        Assert.Equal(["K1", "K2", "K3"], _policy.LadderFor(EmploymentType.Contract).Select(s => s.Code));
        Assert.All(_policy.LadderFor(EmploymentType.Contract), s =>
        {
            Assert.Equal(Confidence.BerauPolicy, s.Confidence);
            Assert.EndsWith("perjanjian kerja", s.Name);
        });
    }

    [Fact]
    public void Only_the_sedang_sanctions_have_transitional_substitutes_and_they_are_marked_unverified()
    {
        var withSubstitute = _policy.Version.Sanctions.Where(s => s.TransitionalSubstitute is not null).ToList();

        Assert.Equal(["S1", "S2", "S3"], withSubstitute.Select(s => s.Code));
        Assert.All(withSubstitute, s => Assert.Equal(Confidence.Unverified, s.TransitionalSubstitute!.Confidence));
    }
}
