using Berau.Disiplin.Discipline.Policy;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>The default version, rule by rule, starting with the case that started the project.</summary>
public sealed class SeedCaseAndRulesTests
{
    private readonly SanctionPolicy _policy = Default();

    [Fact]
    public void First_personal_live_at_a_front_line_counter_in_uniform_earns_a_written_warning_and_a_transfer_recommendation()
    {
        var decision = _policy.Evaluate(SeedCase());

        Assert.Equal("R2", decision.Sanction?.Code);
        Assert.Equal("teguran tertulis", decision.Sanction?.Name);
        Assert.Equal(SanctionLevel.Ringan, decision.Level);
        Assert.Equal("loket-layanan-garis-depan", decision.RuleId);
        Assert.Equal("pp94-2021.1", decision.PolicyVersion);
        Assert.True(decision.Transfer.Recommended);
        Assert.Contains("loket layanan garis depan", decision.Transfer.Reason);
        Assert.False(decision.NeedsOfficialDecision);
        Assert.Equal(["loket-layanan-garis-depan", "medsos-pribadi-diperberat", "medsos-pribadi"],
            decision.MatchedRules.Select(m => m.RuleId));
        Assert.Contains("hukuman: teguran tertulis", decision.Explanation);
        Assert.Contains("satu perbuatan, satu hukuman", decision.Explanation);
        Assert.Contains("Mutasi bukan hukuman disiplin", decision.Explanation);
    }

    [Fact]
    public void Personal_social_media_in_working_hours_without_aggravating_facts_earns_an_oral_warning_and_no_transfer()
    {
        var decision = _policy.Evaluate(PlainSocialMedia());

        Assert.Equal("R1", decision.Sanction?.Code);
        Assert.Equal("teguran lisan", decision.Sanction?.Name);
        Assert.Equal("medsos-pribadi", decision.RuleId);
        Assert.False(decision.Transfer.Recommended);
        Assert.Null(decision.Transfer.Reason);
        Assert.Single(decision.MatchedRules);
        Assert.StartsWith("Menggunakan media sosial pribadi pada jam kerja", decision.Explanation);
        Assert.Contains("dampaknya pada unit kerja", decision.Explanation);
    }

    [Fact]
    public void Being_on_the_office_premises_alone_does_not_aggravate_personal_social_media()
    {
        var decision = _policy.Evaluate(PlainSocialMedia() with { Aggravating = [AggravatingFact.OnOfficePremises] });

        Assert.Equal("R1", decision.Sanction?.Code);
        Assert.Equal("medsos-pribadi", decision.RuleId);
    }

    [Fact]
    public void Personal_live_in_uniform_away_from_a_counter_earns_a_written_warning_without_a_transfer()
    {
        var decision = _policy.Evaluate(PlainSocialMedia() with
        {
            FrontLineUnit = false,
            Aggravating = [AggravatingFact.InUniform, AggravatingFact.LiveBroadcast],
        });

        Assert.Equal("R2", decision.Sanction?.Code);
        Assert.Equal("medsos-pribadi-diperberat", decision.RuleId);
        Assert.False(decision.Transfer.Recommended);
        Assert.Contains("(berseragam dinas, siaran langsung)", decision.Explanation);
    }

    [Fact]
    public void Counter_facts_in_a_unit_that_is_not_front_line_recommend_no_transfer()
    {
        var decision = _policy.Evaluate(SeedCase() with { FrontLineUnit = false });

        Assert.Equal("R2", decision.Sanction?.Code);
        Assert.Equal("medsos-pribadi-diperberat", decision.RuleId);
        Assert.False(decision.Transfer.Recommended);
    }

    [Fact]
    public void Misconduct_towards_the_public_at_a_front_line_counter_earns_a_written_warning_and_a_transfer_recommendation()
    {
        var decision = _policy.Evaluate(Offence(OffenceCategory.MisconductTowardsPublic) with
        {
            FrontLineUnit = true,
            Aggravating = [AggravatingFact.DuringServiceHoursAtFrontLineCounter],
        });

        Assert.Equal("R2", decision.Sanction?.Code);
        Assert.Equal("loket-layanan-garis-depan", decision.RuleId);
        Assert.True(decision.Transfer.Recommended);
    }

    [Fact]
    public void Harm_to_the_agency_lifts_any_offence_to_the_lightest_medium_sanction_which_an_official_decides()
    {
        var decision = _policy.Evaluate(PlainSocialMedia() with { Impact = Impact.Instansi });

        Assert.Equal("S1", decision.Sanction?.Code);
        Assert.Equal("pemotongan tunjangan kinerja sebesar 25% selama 6 bulan", decision.Sanction?.Name);
        Assert.Equal(6, decision.Sanction?.DurationMonths);
        Assert.Equal("dampak-instansi", decision.RuleId);
        Assert.True(decision.NeedsOfficialDecision);
        Assert.Contains("pejabat yang berwenang menghukum", decision.Explanation);
    }

    [Fact]
    public void Harm_to_the_state_lifts_any_offence_to_the_lightest_heavy_sanction()
    {
        var decision = _policy.Evaluate(Offence(OffenceCategory.MisuseOfFacilities) with { Impact = Impact.Negara });

        Assert.Equal("B1", decision.Sanction?.Code);
        Assert.Equal(SanctionLevel.Berat, decision.Level);
        Assert.Equal("dampak-negara", decision.RuleId);
        Assert.True(decision.NeedsOfficialDecision);
    }

    [Fact]
    public void When_several_rules_match_the_heaviest_sanction_wins_and_the_explanation_names_every_rule()
    {
        var decision = _policy.Evaluate(SeedCase() with { Impact = Impact.Instansi });

        Assert.Equal("S1", decision.Sanction?.Code);
        Assert.Equal("dampak-instansi", decision.RuleId);
        Assert.Equal(["R2", "R2", "R1", "S1"], decision.MatchedRules.Select(m => m.SanctionCode));
        Assert.Contains("loket-layanan-garis-depan (R2), medsos-pribadi-diperberat (R2), medsos-pribadi (R1), dampak-instansi (S1)",
            decision.Explanation);
        // The transfer is not a sanction: a lighter rule that matched still recommends it.
        Assert.True(decision.Transfer.Recommended);
    }

    [Fact]
    public void Every_decision_cites_the_article_of_the_rule_that_fired()
    {
        var decision = _policy.Evaluate(SeedCase());

        Assert.Equal("PP 94/2021 Pasal 3 huruf f dan Pasal 5 huruf m jo. Pasal 8 ayat (2) huruf b", decision.Article);
        Assert.Contains(decision.Article!, decision.Explanation);
    }

    // One example per rule of the default version: each fires on its own example, and a rule added to the
    // version without an example here fails the coverage check below.
    private static readonly IReadOnlyDictionary<string, OffenceFacts> RuleExamples = new Dictionary<string, OffenceFacts>
    {
        ["loket-layanan-garis-depan"] = SeedCase(),
        ["medsos-pribadi-diperberat"] = PlainSocialMedia() with { Aggravating = [AggravatingFact.LiveBroadcast] },
        ["medsos-pribadi"] = PlainSocialMedia(),
        ["fasilitas-dinas"] = Offence(OffenceCategory.MisuseOfFacilities),
        ["perilaku-terhadap-masyarakat"] = Offence(OffenceCategory.MisconductTowardsPublic),
        ["pelanggaran-lain"] = Offence(OffenceCategory.Other),
        ["dampak-instansi"] = Offence(OffenceCategory.Other) with { Impact = Impact.Instansi },
        ["dampak-negara"] = Offence(OffenceCategory.MisconductTowardsPublic) with { Impact = Impact.Negara },
        ["pengulangan-sejenis"] = Offence(OffenceCategory.MisuseOfFacilities) with { PriorSanctionsOfSameKind = [Prior("R1")] },
        ["absen-3-hari"] = Absence(3),
        ["absen-4-6-hari"] = Absence(5),
        ["absen-7-10-hari"] = Absence(8),
        ["absen-11-13-hari"] = Absence(12),
        ["absen-14-16-hari"] = Absence(15),
        ["absen-17-20-hari"] = Absence(18),
        ["absen-21-24-hari"] = Absence(22),
        ["absen-25-27-hari"] = Absence(26),
        ["absen-28-hari"] = Absence(30),
        ["absen-10-hari-berturut"] = Absence(10, consecutive: 10),
    };

    [Theory]
    [InlineData("loket-layanan-garis-depan", "R2", true)]
    [InlineData("medsos-pribadi-diperberat", "R2", false)]
    [InlineData("medsos-pribadi", "R1", false)]
    [InlineData("fasilitas-dinas", "R1", false)]
    [InlineData("perilaku-terhadap-masyarakat", "R1", false)]
    [InlineData("pelanggaran-lain", "R1", false)]
    [InlineData("dampak-instansi", "S1", false)]
    [InlineData("dampak-negara", "B1", false)]
    [InlineData("pengulangan-sejenis", "R2", false)]
    [InlineData("absen-3-hari", "R1", false)]
    [InlineData("absen-4-6-hari", "R2", false)]
    [InlineData("absen-7-10-hari", "R3", false)]
    [InlineData("absen-11-13-hari", "S1", false)]
    [InlineData("absen-14-16-hari", "S2", false)]
    [InlineData("absen-17-20-hari", "S3", false)]
    [InlineData("absen-21-24-hari", "B1", false)]
    [InlineData("absen-25-27-hari", "B2", false)]
    [InlineData("absen-28-hari", "B3", false)]
    [InlineData("absen-10-hari-berturut", "B3", false)]
    public void Each_rule_of_the_default_version_fires_on_its_example_with_its_sanction(string ruleId, string code, bool transfer)
    {
        var decision = _policy.Evaluate(RuleExamples[ruleId]);
        var rule = _policy.Version.Rules.Single(r => r.Id == ruleId);

        Assert.Equal(ruleId, decision.RuleId);
        Assert.Equal(code, decision.Sanction?.Code);
        Assert.Equal(transfer, decision.Transfer.Recommended);
        Assert.Equal(rule.Article, decision.Article);
        Assert.Equal(code is not ("R1" or "R2" or "R3"), decision.NeedsOfficialDecision);
        Assert.DoesNotContain("{", decision.Explanation);
    }

    [Fact]
    public void Every_rule_of_the_default_version_has_an_example_and_cites_an_article()
    {
        Assert.Equal(_policy.Version.Rules.Select(r => r.Id).Order(), RuleExamples.Keys.Order());
        Assert.All(_policy.Version.Rules, r => Assert.Matches(@"^PP \d+/\d{4}\b", r.Article));
    }
}
