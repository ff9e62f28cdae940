using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>A repeat of the same kind earns a heavier sanction than the last (PP 94/2021): "jenis hukuman disiplin yang
/// lebih berat".</summary>
public sealed class RepeatOffenceTests
{
    private readonly SanctionPolicy _policy = Default();

    [Fact]
    public void Second_live_at_the_counter_after_a_written_warning_earns_a_written_statement_of_dissatisfaction()
    {
        var decision = _policy.Evaluate(SeedCase(Prior("R2")));

        Assert.Equal("R3", decision.Sanction?.Code);
        Assert.Equal("pernyataan tidak puas secara tertulis", decision.Sanction?.Name);
        Assert.Equal("pengulangan-sejenis", decision.RuleId);
        Assert.False(decision.NeedsOfficialDecision);
        Assert.Contains("Pegawai pernah dijatuhi teguran tertulis yang ditetapkan pada 4 Juni 2025 karena pelanggaran yang sifatnya sama; "
            + "karena mengulanginya, dijatuhi jenis hukuman disiplin yang lebih berat: pernyataan tidak puas secara tertulis.", decision.Explanation);
        // The front-line rule still matched, so the transfer is still recommended.
        Assert.True(decision.Transfer.Recommended);
    }

    [Fact]
    public void Repeat_after_a_written_statement_of_dissatisfaction_is_a_medium_sanction_that_needs_an_official()
    {
        var decision = _policy.Evaluate(SeedCase(Prior("R2", 12), Prior("R3", 3)));

        Assert.Equal("S1", decision.Sanction?.Code);
        Assert.Equal(SanctionLevel.Sedang, decision.Level);
        Assert.True(decision.NeedsOfficialDecision);
    }

    [Fact]
    public void Repeat_without_aggravating_facts_after_an_oral_warning_earns_a_written_warning()
    {
        var decision = _policy.Evaluate(PlainSocialMedia(Prior("R1")));

        Assert.Equal("R2", decision.Sanction?.Code);
        Assert.Equal("pengulangan-sejenis", decision.RuleId);
    }

    [Theory]
    [InlineData("R1", "R2")]
    [InlineData("R2", "R3")]
    [InlineData("R3", "S1")]
    [InlineData("S1", "S2")]
    [InlineData("S2", "S3")]
    [InlineData("S3", "B1")]
    [InlineData("B1", "B2")]
    [InlineData("B2", "B3")]
    public void Each_repeat_climbs_one_step_on_the_PNS_ladder(string last, string expected)
    {
        var decision = _policy.Evaluate(PlainSocialMedia(Prior(last)));

        Assert.Equal(expected, decision.Sanction?.Code);
        Assert.DoesNotContain("sudah yang terberat", decision.Explanation);
    }

    [Fact]
    public void A_repeat_after_the_heaviest_sanction_stays_at_the_heaviest_and_says_so()
    {
        var decision = _policy.Evaluate(PlainSocialMedia(Prior("B3")));

        Assert.Equal("B3", decision.Sanction?.Code);
        Assert.Contains("Hukuman disiplin itu sudah yang terberat yang dapat dijatuhkan kepada PNS", decision.Explanation);
    }

    [Fact]
    public void The_step_is_taken_from_the_latest_prior_sanction_not_the_heaviest()
    {
        var decision = _policy.Evaluate(PlainSocialMedia(Prior("S1", 36), Prior("R2", 2)));

        Assert.Equal("R3", decision.Sanction?.Code);
    }

    [Fact]
    public void A_heavier_rule_outweighs_the_repeat_step()
    {
        var decision = _policy.Evaluate(PlainSocialMedia(Prior("R1")) with { Impact = Impact.Negara });

        Assert.Equal("B1", decision.Sanction?.Code);
        Assert.Equal("dampak-negara", decision.RuleId);
        Assert.Contains(decision.MatchedRules, m => m is { RuleId: "pengulangan-sejenis", SanctionCode: "R2" });
    }

    [Fact]
    public void Repeat_is_counted_by_instant()
    {
        var sameDayBefore = new PriorSanction("R2", At(SeedDay, 8, 0));
        var sameDayAfter = new PriorSanction("R2", At(SeedDay, 14, 30));
        var sameInstant = new PriorSanction("R2", SeedAt);

        Assert.Equal("R3", _policy.Evaluate(PlainSocialMedia(sameDayBefore)).Sanction?.Code);
        Assert.Equal("R1", _policy.Evaluate(PlainSocialMedia(sameDayAfter)).Sanction?.Code);
        Assert.Equal("R1", _policy.Evaluate(PlainSocialMedia(sameInstant)).Sanction?.Code);
        // The same instant written in UTC is the same instant.
        Assert.Equal("R3", _policy.Evaluate(PlainSocialMedia(sameDayBefore with { DecidedAt = sameDayBefore.DecidedAt.ToUniversalTime() })).Sanction?.Code);
    }

    [Fact]
    public void A_sanction_decided_after_the_offence_does_not_make_it_a_repeat()
    {
        var decision = _policy.Evaluate(PlainSocialMedia(new PriorSanction("R2", SeedAt.AddDays(1))));

        Assert.Equal("R1", decision.Sanction?.Code);
    }

    [Fact]
    public void Of_two_prior_sanctions_decided_on_one_day_the_later_instant_is_the_last()
    {
        var decision = _policy.Evaluate(PlainSocialMedia(
            new PriorSanction("R3", At(SeedDay.AddDays(-30), 9, 0)),
            new PriorSanction("R1", At(SeedDay.AddDays(-30), 15, 0))));

        // The oral warning came later that day: it is the last one, though the lighter.
        Assert.Equal("R2", decision.Sanction?.Code);
    }

    [Fact]
    public void Without_a_lookback_a_prior_sanction_counts_however_old_it_is()
    {
        Assert.Null(_policy.Settings.RepeatLookbackMonths);

        var decision = _policy.Evaluate(PlainSocialMedia(Prior("R2", monthsBefore: 120)));

        Assert.Equal("R3", decision.Sanction?.Code);
    }

    [Fact]
    public void With_a_lookback_a_prior_sanction_older_than_it_no_longer_counts()
    {
        var policy = SanctionPolicy.From(Default().Version.WithSettings(s => s with { RepeatLookbackMonths = 24 }));

        Assert.Equal("R1", policy.Evaluate(PlainSocialMedia(Prior("R2", monthsBefore: 25))).Sanction?.Code);
        Assert.Equal("R3", policy.Evaluate(PlainSocialMedia(Prior("R2", monthsBefore: 23))).Sanction?.Code);
        // The window opens at the same instant twenty-four months before the offence.
        Assert.Equal("R3", policy.Evaluate(PlainSocialMedia(new PriorSanction("R2", SeedAt.AddMonths(-24)))).Sanction?.Code);
        Assert.Equal("R1", policy.Evaluate(PlainSocialMedia(new PriorSanction("R2", SeedAt.AddMonths(-24).AddMinutes(-1)))).Sanction?.Code);
    }

    [Fact]
    public void Repeat_aggravation_does_not_apply_to_absence_in_the_default_version()
    {
        var decision = _policy.Evaluate(Absence(5) with { PriorSanctionsOfSameKind = [Prior("R2")] });

        Assert.Equal("R2", decision.Sanction?.Code);
        Assert.Equal("absen-4-6-hari", decision.RuleId);
    }

    [Fact]
    public void A_version_that_lists_absence_in_the_repeat_rule_escalates_absence_too()
    {
        var version = Default().Version.WithRule("pengulangan-sejenis", r => r with
        {
            When = r.When with { Categories = [.. r.When.Categories!, OffenceCategory.Absence] },
        });

        var decision = SanctionPolicy.From(version).Evaluate(Absence(5) with { PriorSanctionsOfSameKind = [Prior("R2")] });

        Assert.Equal("R3", decision.Sanction?.Code);
        Assert.Equal("pengulangan-sejenis", decision.RuleId);
    }

    [Fact]
    public void A_prior_sanction_code_the_catalogue_does_not_know_is_refused_with_the_field()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => _policy.Evaluate(PlainSocialMedia(Prior("R1"), Prior("K9"))));

        var violation = Assert.Single(refusal.Violations);
        Assert.Equal("priorSanctionsOfSameKind[1].code", violation.Field);
        Assert.Contains("'K9' is not in the sanction catalogue of policy version pp94-2021.2", violation.Reason);
    }

    [Fact]
    public void Other_offences_are_not_escalated_as_repeats_since_they_need_not_be_of_the_same_nature()
    {
        var decision = _policy.Evaluate(Offence(OffenceCategory.Other) with { PriorSanctionsOfSameKind = [Prior("R1")] });

        Assert.Null(decision.Sanction);
        Assert.Equal("pelanggaran-lain", decision.RuleId);
        Assert.DoesNotContain(decision.MatchedRules, m => m.RuleId == "pengulangan-sejenis");
    }
}
