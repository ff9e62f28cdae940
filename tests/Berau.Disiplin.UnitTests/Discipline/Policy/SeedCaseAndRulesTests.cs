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
        Assert.Equal("pp94-2021.2", decision.PolicyVersion);
        Assert.True(decision.Transfer.Recommended);
        Assert.Contains("loket layanan garis depan", decision.Transfer.Reason);
        Assert.False(decision.NeedsOfficialDecision);
        Assert.Null(decision.MissingFinding);
        Assert.Equal(["loket-layanan-garis-depan", "medsos-pribadi-diperberat", "medsos-pribadi"],
            decision.MatchedRules.Select(m => m.RuleId));
        Assert.Contains("Dampaknya pada unit kerja: hukuman disiplin ringan berupa teguran tertulis.", decision.Explanation);
        Assert.Contains("Satu perbuatan, satu hukuman disiplin: yang terberat dipilih.", decision.Explanation);
        Assert.Contains("Mutasi bukan hukuman disiplin", decision.Explanation);
    }

    [Fact]
    public void The_seed_case_cites_Pasal_3_f_through_the_ringan_mapping_article_and_neither_Pasal_5_m_nor_Pasal_4_f()
    {
        var decision = _policy.Evaluate(SeedCase());
        var rule = _policy.Version.Rules.Single(r => r.Id == decision.RuleId);

        Assert.Equal("PP 94/2021 Pasal 3 huruf f jo. Pasal 9 ayat (1) huruf d jo. Pasal 8 ayat (2) huruf b", decision.Article);
        Assert.Contains($"Dasar: {decision.Article}.", decision.Explanation);
        // The lettering inside Pasal 9 is derived from transcriptions, and teguran tertulis is Berau's choice within ringan.
        Assert.Equal(Confidence.Unverified, rule.Confidence);
        Assert.Equal(SanctionChosenBy.Berau, rule.SanctionChosenBy);
        Assert.DoesNotContain("Pasal 5 huruf m", decision.Article);
        Assert.DoesNotContain("Pasal 4 huruf f", decision.Article);
        Assert.Contains("Pasal 4 huruf f", rule.Note);
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
        Assert.Contains("Dampaknya pada unit kerja", decision.Explanation);
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
    public void Harm_to_the_agency_earns_the_lightest_medium_sanction_worded_for_TPP_which_an_official_decides()
    {
        var decision = _policy.Evaluate(PlainSocialMedia() with { Impact = Impact.Instansi });

        Assert.Equal("S1", decision.Sanction?.Code);
        Assert.Equal("pemotongan tambahan penghasilan pegawai (TPP) sebesar 25% selama 6 bulan", decision.Sanction?.Name);
        Assert.Equal(6, decision.Sanction?.DurationMonths);
        Assert.Equal("dampak-instansi", decision.RuleId);
        Assert.Equal("PP 94/2021 Pasal 3 huruf f jo. Pasal 10 ayat (1) huruf e jo. Pasal 8 ayat (3) huruf a", decision.Article);
        Assert.True(decision.NeedsOfficialDecision);
        Assert.Contains("Hukuman disiplin sedang ditetapkan oleh pejabat yang berwenang menghukum.", decision.Explanation);
        Assert.DoesNotContain("tunjangan kinerja", decision.Explanation);
    }

    [Fact]
    public void Harm_to_the_state_earns_the_lightest_heavy_sanction_under_the_berat_mapping_article()
    {
        var decision = _policy.Evaluate(Offence(OffenceCategory.MisconductTowardsPublic) with { Impact = Impact.Negara });

        Assert.Equal("B1", decision.Sanction?.Code);
        Assert.Equal(SanctionLevel.Berat, decision.Level);
        Assert.Equal("dampak-negara", decision.RuleId);
        Assert.Contains("Pasal 11 ayat (1) huruf f", decision.Article);
        Assert.True(decision.NeedsOfficialDecision);
    }

    [Fact]
    public void Misuse_of_facilities_harming_the_state_is_left_to_the_official_since_Pasal_4_g_has_no_berat_mapping()
    {
        var decision = _policy.Evaluate(Offence(OffenceCategory.MisuseOfFacilities) with { Impact = Impact.Negara });

        Assert.Null(decision.Sanction);
        Assert.Equal("fasilitas-dinas-negara", decision.RuleId);
        Assert.Equal(Finding.BreachedProvision, decision.MissingFinding);
        Assert.True(decision.NeedsOfficialDecision);
        Assert.Contains("tidak mengenal hukuman disiplin berat", decision.Explanation);
        Assert.Contains("ditetapkan oleh pejabat yang berwenang menghukum berdasarkan hasil pemeriksaan", decision.Explanation);
    }

    [Fact]
    public void When_several_rules_match_the_heaviest_sanction_wins_and_the_explanation_names_every_ground_in_words()
    {
        var decision = _policy.Evaluate(SeedCase(Prior("R3")));

        Assert.Equal("S1", decision.Sanction?.Code);
        Assert.Equal("pengulangan-sejenis", decision.RuleId);
        Assert.Equal(["R2", "R2", "R1", "S1"], decision.MatchedRules.Select(m => m.SanctionCode));
        Assert.Contains("Perbuatan ini memenuhi lebih dari satu ketentuan: "
            + "pelanggaran di loket layanan garis depan pada jam layanan (teguran tertulis); "
            + "media sosial pribadi pada jam kerja, tampil di depan publik (teguran tertulis); "
            + "media sosial pribadi pada jam kerja (teguran lisan); "
            + "pengulangan pelanggaran yang sifatnya sama (pemotongan tambahan penghasilan pegawai (TPP) sebesar 25% selama 6 bulan).",
            decision.Explanation);
        // The transfer is not a sanction: a lighter rule that matched still recommends it.
        Assert.True(decision.Transfer.Recommended);
    }

    [Theory]
    [InlineData("loket-layanan-garis-depan", "R2", true)]
    [InlineData("medsos-pribadi-diperberat", "R2", false)]
    [InlineData("medsos-pribadi", "R1", false)]
    [InlineData("perilaku-terhadap-masyarakat", "R1", false)]
    [InlineData("dampak-instansi", "S1", false)]
    [InlineData("dampak-negara", "B1", false)]
    [InlineData("fasilitas-dinas", "R1", false)]
    [InlineData("fasilitas-dinas-instansi", "S1", false)]
    [InlineData("fasilitas-dinas-negara", null, false)]
    [InlineData("pelanggaran-lain", null, false)]
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
    [InlineData("kontrak-loket-layanan", "K2", true)]
    [InlineData("kontrak-medsos-diperberat", "K2", false)]
    [InlineData("kontrak-medsos-pribadi", "K1", false)]
    [InlineData("kontrak-fasilitas-dinas", "K1", false)]
    [InlineData("kontrak-perilaku-terhadap-masyarakat", "K1", false)]
    [InlineData("kontrak-dampak-luas", null, false)]
    [InlineData("kontrak-pelanggaran-lain", null, false)]
    [InlineData("kontrak-pengulangan-sejenis", "K2", false)]
    [InlineData("kontrak-absen-3-hari", "K1", false)]
    [InlineData("kontrak-absen-4-20-hari", "K2", false)]
    [InlineData("kontrak-absen-21-hari", "K3", false)]
    [InlineData("kontrak-absen-10-hari-berturut", "K3", false)]
    public void Each_rule_of_the_default_version_fires_on_its_example_with_its_sanction(string ruleId, string? code, bool transfer)
    {
        var decision = _policy.Evaluate(RuleExamples[ruleId]);
        var rule = _policy.Version.Rules.Single(r => r.Id == ruleId);

        Assert.Equal(ruleId, decision.RuleId);
        Assert.Equal(code, decision.Sanction?.Code);
        Assert.Equal(transfer, decision.Transfer.Recommended);
        Assert.Equal(rule.Article, decision.Article);
        Assert.Equal(code is null || decision.Level > SanctionLevel.Ringan, decision.NeedsOfficialDecision);
        Assert.Equal(code is null ? Finding.BreachedProvision : null, decision.MissingFinding);
        Assert.DoesNotContain("{", decision.Explanation);
    }

    [Fact]
    public void Every_rule_of_the_default_version_has_an_example_and_cites_its_basis()
    {
        Assert.Equal(_policy.Version.Rules.Select(r => r.Id).Order(), RuleExamples.Keys.Order());
        Assert.All(_policy.Version.Rules.Where(r => r.When.EmploymentTypes?.Contains(EmploymentType.Contract) != true),
            r => Assert.Matches(@"^PP \d+/\d{4}\b", r.Article));
        Assert.All(_policy.Version.Rules.Where(r => r.When.EmploymentTypes?.Contains(EmploymentType.Contract) == true),
            r => Assert.StartsWith("perjanjian kerja tenaga kontrak", r.Article));
    }
}
