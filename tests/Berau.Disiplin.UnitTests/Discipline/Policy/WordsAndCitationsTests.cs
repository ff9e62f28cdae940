using System.Text.RegularExpressions;
using Berau.Disiplin.Discipline.Policy;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>
/// What users read: explanations and refusals in Indonesian, without rule ids, sanction codes, ISO dates, English or
/// notes to developers; citations as corrected after the legal review of December 2026 (reference notes, "Corrections").
/// </summary>
public sealed partial class WordsAndCitationsTests
{
    private readonly SanctionPolicy _policy = Default();

    /// <summary>Obligations and prohibitions PP 94/2021 maps to no ringan sanction at all (two transcriptions agree).</summary>
    private static readonly HashSet<string> WithoutRingan =
    [
        "3a", "3b",
        "4a", "4b", "4d", "4e", "4i",
        "5a", "5b", "5c", "5d", "5e", "5g", "5k", "5l", "5m", "5n",
    ];

    /// <summary>Every kind of decision the default version can give: each rule's example for each employment type it
    /// reaches, repeats, substitutes, a missing impact, and nothing matched.</summary>
    private IEnumerable<(string Case, PolicyDecision Decision)> Decisions()
    {
        var substitutes = SanctionPolicy.From(_policy.Version.WithSettings(s => s with { ApplyTransitionalSubstitutes = true }));
        foreach (var (id, facts) in RuleExamples)
        {
            yield return (id, _policy.Evaluate(facts));
            yield return (id + " (substitutes)", substitutes.Evaluate(facts));
            if (facts.EmploymentType == EmploymentType.Pns)
                yield return (id + " (PPPK)", _policy.Evaluate(facts with { EmploymentType = EmploymentType.Pppk }));
        }
        yield return ("PPPK repeat after S3", _policy.Evaluate(PlainSocialMedia(Prior("S3")) with { EmploymentType = EmploymentType.Pppk }));
        foreach (var type in Enum.GetValues<EmploymentType>())
        {
            var prior = type == EmploymentType.Contract ? "K3" : "B3";
            yield return ($"repeat at the top, {type}", _policy.Evaluate(PlainSocialMedia(Prior(prior)) with { EmploymentType = type }));
            yield return ($"impact not found, {type}", _policy.Evaluate(SeedCase() with { EmploymentType = type, Impact = null }));
            yield return ($"two days absent, {type}", _policy.Evaluate(Absence(2, type: type)));
        }
    }

    [Fact]
    public void Explanations_carry_no_rule_ids_codes_or_iso_dates()
    {
        var ruleIds = _policy.Version.Rules.Select(r => r.Id).ToList();

        Assert.All(Decisions(), d =>
        {
            var text = d.Decision.Explanation;
            Assert.False(string.IsNullOrWhiteSpace(text), d.Case);
            Assert.DoesNotContain(ruleIds, id => text.Contains(id, StringComparison.Ordinal));
            Assert.DoesNotMatch(SanctionCode(), text);
            Assert.DoesNotMatch(IsoDate(), text);
            Assert.DoesNotMatch(EnglishWord(), text);
            Assert.DoesNotMatch(DeveloperNote(), text);
            Assert.DoesNotContain("{", text);
        });
    }

    [Fact]
    public void Articles_transfer_reasons_and_sanction_names_carry_no_notes_to_developers()
    {
        Assert.All(Decisions(), d =>
        {
            foreach (var text in new[] { d.Decision.Article, d.Decision.Transfer.Reason, d.Decision.Sanction?.Name, d.Decision.Sanction?.Article })
                if (text is not null)
                    Assert.DoesNotMatch(DeveloperNote(), text);
        });
        Assert.All(_policy.Version.Sanctions, s => Assert.DoesNotMatch(DeveloperNote(), s.Name + " " + s.Article));
        Assert.All(_policy.Version.Regimes, r => Assert.DoesNotMatch(DeveloperNote(), r.Basis));
    }

    [Fact]
    public void Authority_refusals_are_Indonesian_and_carry_no_notes_to_developers()
    {
        var levels = Enum.GetValues<PositionLevel>();
        foreach (var type in Enum.GetValues<EmploymentType>())
            foreach (var official in levels)
                foreach (var subject in levels)
                    foreach (var level in Enum.GetValues<SanctionLevel>())
                    {
                        var reason = _policy.Authority.CanImpose(official, subject, level, type).Reason;
                        Assert.DoesNotMatch(DeveloperNote(), reason);
                        Assert.DoesNotMatch(EnglishWord(), reason);
                        Assert.DoesNotMatch(SanctionCode(), reason);
                        if (type == EmploymentType.Contract) Assert.DoesNotContain("hukuman", reason);
                    }
    }

    [Fact]
    public void A_prior_sanction_is_dated_in_words()
    {
        var decision = _policy.Evaluate(PlainSocialMedia(new PriorSanction("R1", At(new DateOnly(2026, 12, 4), 8, 0))) with
        {
            OffenceAt = At(new DateOnly(2026, 12, 7), 10, 0),
        });

        Assert.Contains("teguran lisan yang ditetapkan pada 4 Desember 2026", decision.Explanation);
    }

    [Fact]
    public void Pasal_5_m_never_yields_a_ringan_sanction()
    {
        // No rule with a ringan sanction cites it, the seed case no longer does, and a breach the examiner names
        // only as "other" (where Pasal 5 huruf m lands) is never given a warning by the policy.
        Assert.DoesNotContain(_policy.Version.Rules, r => r.Article.Contains("Pasal 5 huruf m", StringComparison.Ordinal) && YieldsRingan(r));
        Assert.DoesNotContain("Pasal 5 huruf m", _policy.Evaluate(SeedCase()).Article);
        Assert.DoesNotContain("Pasal 5 huruf m", _policy.Evaluate(Offence(OffenceCategory.MisconductTowardsPublic) with
        {
            FrontLineUnit = true,
            Aggravating = [AggravatingFact.DuringServiceHoursAtFrontLineCounter],
        }).Article);
        foreach (var type in new[] { EmploymentType.Pns, EmploymentType.Pppk })
            foreach (var impact in new Impact?[] { null, Impact.UnitKerja, Impact.Instansi, Impact.Negara })
                foreach (var priors in new[] { Array.Empty<PriorSanction>(), [Prior("R1")], [Prior("R3")] })
                {
                    var decision = _policy.Evaluate(Offence(OffenceCategory.Other, type) with { Impact = impact, PriorSanctionsOfSameKind = priors });
                    Assert.NotEqual(SanctionLevel.Ringan, decision.Level);
                }
    }

    [Fact]
    public void Breaches_without_a_ringan_mapping_are_never_cited_by_a_rule_that_yields_a_ringan_sanction()
    {
        foreach (var rule in _policy.Version.Rules.Where(YieldsRingan))
        {
            var cited = CitedProvision().Matches(rule.Article).Select(m => m.Groups[1].Value + m.Groups[2].Value).ToList();
            Assert.True(cited.Count > 0 || rule.When.EmploymentTypes?.SequenceEqual([EmploymentType.Contract]) == true || rule.OneStepHeavierThanLastPrior,
                $"{rule.Id} cites no obligation or prohibition");
            Assert.DoesNotContain(cited, WithoutRingan.Contains);
        }
    }

    [Fact]
    public void Every_PP_94_rule_with_a_sanction_cites_the_mapping_article_of_its_level()
    {
        foreach (var rule in _policy.Version.Rules.Where(r => r.Sanction is not null && r.When.EmploymentTypes?.Contains(EmploymentType.Pns) == true))
        {
            var expected = _policy.SanctionType(rule.Sanction!).Level switch
            {
                SanctionLevel.Ringan => "Pasal 9 ",
                SanctionLevel.Sedang => "Pasal 10 ",
                _ => "Pasal 11 ",
            };
            Assert.Contains(expected, rule.Article);
        }
    }

    [Fact]
    public void The_impact_is_a_finding_and_is_never_assumed()
    {
        foreach (var category in new[] { OffenceCategory.PersonalSocialMedia, OffenceCategory.MisuseOfFacilities, OffenceCategory.MisconductTowardsPublic })
            foreach (var type in Enum.GetValues<EmploymentType>())
            {
                var decision = _policy.Evaluate(Offence(category, type) with { Impact = null });

                Assert.Null(decision.Sanction);
                Assert.Equal(Finding.Impact, decision.MissingFinding);
                Assert.True(decision.NeedsOfficialDecision);
                Assert.Contains("ditetapkan dalam pemeriksaan beserta alasannya", decision.Explanation);
            }
        // Absence is weighed by its days, whatever the impact.
        Assert.Equal("R2", _policy.Evaluate(Absence(5)).Sanction?.Code);
    }

    [Fact]
    public void With_the_impact_found_the_same_facts_get_a_proposal()
    {
        var pending = _policy.Evaluate(SeedCase() with { Impact = null });
        var examined = _policy.Evaluate(SeedCase() with { Impact = Impact.UnitKerja });

        Assert.Equal(Finding.Impact, pending.MissingFinding);
        Assert.Equal("R2", examined.Sanction?.Code);
        Assert.Null(examined.MissingFinding);
    }

    [Fact]
    public void Confidence_tags_are_honest()
    {
        foreach (var rule in _policy.Version.Rules)
        {
            // A cited letter inside the mapping articles (Pasal 9–14) is from transcriptions, never regulation text seen.
            if (MappingArticle().IsMatch(rule.Article)) Assert.NotEqual(Confidence.Verified, rule.Confidence);
            // Contract staff have no national rule: theirs is Berau's own.
            if (rule.When.EmploymentTypes?.Contains(EmploymentType.Contract) == true) Assert.Equal(Confidence.BerauPolicy, rule.Confidence);
            // The regulation names the sanction only in the absence table; elsewhere it fixes the level and Berau chooses.
            if (rule.OfficialDecides) Assert.Null(rule.SanctionChosenBy);
            else
                Assert.Equal(rule.Id.StartsWith("absen-", StringComparison.Ordinal) ? SanctionChosenBy.Regulation : SanctionChosenBy.Berau,
                    rule.SanctionChosenBy);
        }
    }

    private bool YieldsRingan(PolicyRule rule) =>
        rule.OneStepHeavierThanLastPrior
        || (rule.Sanction is not null && _policy.SanctionType(rule.Sanction).Level == SanctionLevel.Ringan);

    [GeneratedRegex(@"\b(R[1-3]|S[1-3]|B[1-3]|K[1-3]|PHPK)\b")]
    private static partial Regex SanctionCode();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(the|rule|rules|under|sanction|policy|version|warning|transfer|none|unknown|decided|official)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"belum dicek|belum diverifikasi|belum dilihat|TODO|FIXME|JDIH|transkripsi|keyakinan|\[[VSUB]\]", RegexOptions.IgnoreCase)]
    private static partial Regex DeveloperNote();

    [GeneratedRegex(@"Pasal ([345]) huruf ([a-n])\b")]
    private static partial Regex CitedProvision();

    [GeneratedRegex(@"Pasal (9|1[0-4]) ayat|Pasal 1[2-4] huruf")]
    private static partial Regex MappingArticle();
}
