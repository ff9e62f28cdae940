using Berau.Disiplin.Discipline.Policy;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>PPPK and contract staff only get the sanctions their rules allow, in their own regime's words.</summary>
public sealed class EmploymentTypeTests
{
    private readonly SanctionPolicy _policy = Default();

    [Fact]
    public void A_heavy_sanction_for_a_PPPK_is_termination_of_the_work_agreement_under_PP_49_2018()
    {
        var decision = _policy.Evaluate(Absence(22, type: EmploymentType.Pppk));

        Assert.Equal("PHPK", decision.Sanction?.Code);
        Assert.Equal("pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri", decision.Sanction?.Name);
        Assert.Equal("PP 49/2018 Pasal 53", decision.Sanction?.Article);
        Assert.Equal(SanctionLevel.Berat, decision.Level);
        Assert.Equal("absen-21-24-hari", decision.RuleId);
        Assert.True(decision.NeedsOfficialDecision);
        Assert.Contains("Bagi PPPK, penurunan jabatan setingkat lebih rendah selama 12 bulan diganti pemutusan hubungan perjanjian kerja", decision.Explanation);
        Assert.Contains("Pasal 53 (pelanggaran disiplin berat berujung pemutusan hubungan perjanjian kerja)", decision.Explanation);
    }

    [Fact]
    public void A_PPPK_decision_cites_PP_49_2018_ahead_of_the_PP_94_article()
    {
        var decision = _policy.Evaluate(SeedCase() with { EmploymentType = EmploymentType.Pppk });

        Assert.Equal("R2", decision.Sanction?.Code);
        Assert.Equal("PP 49/2018 Pasal 52 jo. PP 94/2021 Pasal 3 huruf f jo. Pasal 9 ayat (1) huruf d jo. Pasal 8 ayat (2) huruf b",
            decision.Article);
        Assert.Contains("Bagi PPPK: PP 49/2018 Pasal 52 (disiplin PPPK ditegakkan dengan tata cara disiplin PNS)", decision.Explanation);
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
        Assert.Contains("Hukuman disiplin itu sudah yang terberat yang dapat dijatuhkan kepada PPPK", afterPhpk.Explanation);
    }

    [Fact]
    public void Contract_staff_follow_Berau_own_ladder_oral_then_written_warning_then_contract_termination()
    {
        OffenceFacts Contract(params PriorSanction[] priors) => PlainSocialMedia(priors) with { EmploymentType = EmploymentType.Contract };

        var first = _policy.Evaluate(Contract());
        var second = _policy.Evaluate(Contract(Prior("K1")));
        var third = _policy.Evaluate(Contract(Prior("K1", 12), Prior("K2", 3)));
        var fourth = _policy.Evaluate(Contract(Prior("K3")));

        Assert.Equal(("K1", "teguran lisan sesuai perjanjian kerja"), (first.Sanction?.Code, first.Sanction?.Name));
        Assert.Equal(("K2", "teguran tertulis sesuai perjanjian kerja"), (second.Sanction?.Code, second.Sanction?.Name));
        Assert.Equal(("K3", "pemutusan perjanjian kerja"), (third.Sanction?.Code, third.Sanction?.Name));
        Assert.True(third.NeedsOfficialDecision);
        Assert.Contains("Sanksi berat ditetapkan oleh pejabat yang berwenang atas perjanjian kerjanya.", third.Explanation);
        Assert.Equal("K3", fourth.Sanction?.Code);
        Assert.Contains("Sanksi itu sudah yang terberat yang dapat dijatuhkan kepada tenaga kontrak", fourth.Explanation);
        Assert.Equal(Confidence.BerauPolicy, _policy.Version.Regimes.Single(r => r.EmploymentType == EmploymentType.Contract).Confidence);
    }

    [Fact]
    public void A_contract_worker_in_the_seed_case_gets_a_written_warning_under_the_work_agreement_and_a_move_recommendation()
    {
        var decision = _policy.Evaluate(SeedCase() with { EmploymentType = EmploymentType.Contract });

        Assert.Equal("K2", decision.Sanction?.Code);
        Assert.Equal("kontrak-loket-layanan", decision.RuleId);
        Assert.True(decision.Transfer.Recommended);
        Assert.Contains("sanksi berupa teguran tertulis sesuai perjanjian kerja", decision.Explanation);
        Assert.Contains("Pemindahan tempat tugas bukan sanksi", decision.Explanation);
        Assert.Equal("perjanjian kerja tenaga kontrak Pemkab Berau", decision.Article);
    }

    [Theory]
    [InlineData(OffenceCategory.PersonalSocialMedia, null)]
    [InlineData(OffenceCategory.PersonalSocialMedia, Impact.Instansi)]
    [InlineData(OffenceCategory.MisuseOfFacilities, Impact.UnitKerja)]
    [InlineData(OffenceCategory.MisconductTowardsPublic, Impact.Negara)]
    [InlineData(OffenceCategory.Other, Impact.UnitKerja)]
    [InlineData(OffenceCategory.Absence, null)]
    public void Contract_staff_are_never_told_hukuman_disiplin(OffenceCategory category, Impact? impact)
    {
        var facts = Offence(category, EmploymentType.Contract) with
        {
            Impact = impact,
            FrontLineUnit = true,
            Aggravating = [AggravatingFact.DuringServiceHoursAtFrontLineCounter, AggravatingFact.LiveBroadcast],
            AbsenceDaysInYear = category == OffenceCategory.Absence ? 12 : 0,
        };
        var repeat = facts with { PriorSanctionsOfSameKind = [Prior("K2")] };

        foreach (var decision in new[] { _policy.Evaluate(facts), _policy.Evaluate(repeat), _policy.Evaluate(Absence(30, type: EmploymentType.Contract)) })
        {
            Assert.DoesNotContain("hukuman", decision.Explanation, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("PP 94", decision.Explanation);
            Assert.DoesNotContain("PP 94", decision.Article ?? "");
            Assert.DoesNotContain("hukuman", decision.Sanction?.Name ?? "", StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Every_rule_a_contract_worker_can_meet_is_a_contract_rule_on_the_contract_ladder()
    {
        var contractLadder = _policy.LadderFor(EmploymentType.Contract).Select(s => s.Code).ToHashSet();

        Assert.All(_policy.Version.Rules.Where(r => r.When.EmploymentTypes is null || r.When.EmploymentTypes.Contains(EmploymentType.Contract)), r =>
        {
            Assert.Equal([EmploymentType.Contract], r.When.EmploymentTypes);
            Assert.DoesNotContain("hukuman", r.Explanation, StringComparison.OrdinalIgnoreCase);
            if (r.Sanction is not null) Assert.Contains(r.Sanction, contractLadder);
        });
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
            Confidence = Confidence.BerauPolicy,
            Explanation = "Siaran langsung pribadi pada jam kerja oleh tenaga kontrak: sanksi berupa {sanction}.",
        };
        var policy = SanctionPolicy.From(Default().Version with { Rules = [.. Default().Version.Rules, contractRule] });

        Assert.Equal("K3", policy.Evaluate(SeedCase() with { EmploymentType = EmploymentType.Contract }).Sanction?.Code);
        Assert.Equal("R2", policy.Evaluate(SeedCase()).Sanction?.Code);
    }

    [Fact]
    public void A_contract_sanction_does_not_make_the_offence_of_someone_since_appointed_PPPK_a_repeat()
    {
        var decision = _policy.Evaluate(PlainSocialMedia(Prior("K2")) with { EmploymentType = EmploymentType.Pppk });

        Assert.Equal("R1", decision.Sanction?.Code);
        Assert.Equal("medsos-pribadi", decision.RuleId);
    }

    [Fact]
    public void The_sedang_sanctions_are_worded_for_TPP_unless_the_version_switches_on_the_transitional_substitutes()
    {
        var facts = Absence(12);
        var withSubstitutes = SanctionPolicy.From(Default().Version.WithSettings(s => s with { ApplyTransitionalSubstitutes = true }));

        var plain = _policy.Evaluate(facts);
        var substituted = withSubstitutes.Evaluate(facts);

        Assert.False(_policy.Settings.ApplyTransitionalSubstitutes);
        Assert.Equal(("S1", "pemotongan tambahan penghasilan pegawai (TPP) sebesar 25% selama 6 bulan", false),
            (plain.Sanction?.Code, plain.Sanction?.Name, plain.Sanction?.IsTransitionalSubstitute));
        Assert.Equal(("S1", "penundaan kenaikan gaji berkala selama 1 tahun", true, 12),
            (substituted.Sanction?.Code, substituted.Sanction?.Name, substituted.Sanction?.IsTransitionalSubstitute, substituted.Sanction?.DurationMonths));
        Assert.Contains("Ketentuan peralihan berlaku: pemotongan tambahan penghasilan pegawai (TPP) sebesar 25% selama 6 bulan diganti "
            + "penundaan kenaikan gaji berkala selama 1 tahun (PP 94/2021 Pasal 42 jo. PerBKN 6/2022 Pasal 62).", substituted.Explanation);
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
