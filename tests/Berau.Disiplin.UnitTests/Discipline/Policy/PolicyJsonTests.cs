using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>A policy version is data: read, written and refused when it is wrong.</summary>
public sealed class PolicyJsonTests
{
    [Fact]
    public void The_default_version_is_embedded_in_the_service_and_valid()
    {
        var json = DefaultPolicy.ReadJson();
        var policy = DefaultPolicy.Load();

        Assert.Contains("\"version\": \"pp94-2021.2\"", json);
        Assert.Equal("pp94-2021.2", policy.VersionId);
        Assert.Equal(new DateOnly(2026, 12, 1), policy.EffectiveFrom);
        Assert.Empty(PolicyValidation.Validate(policy.Version));
    }

    [Fact]
    public void Every_built_in_version_is_embedded_valid_and_the_earlier_ones_read_as_they_were_published()
    {
        var all = DefaultPolicy.LoadAll();

        Assert.Equal(["pp94-2021.1", "pp94-2021.2"], all.Select(p => p.VersionId));
        Assert.All(all, p => Assert.Empty(PolicyValidation.Validate(p.Version)));
        var first = all[0];
        Assert.Equal(new DateOnly(2021, 8, 31), first.EffectiveFrom);
        // Written before sanctionChosenBy, officialDecides and articlePrefix existed: they read as absent.
        Assert.All(first.Version.Rules, r => Assert.Null(r.SanctionChosenBy));
        Assert.All(first.Version.Rules, r => Assert.False(r.OfficialDecides));
        Assert.All(first.Version.Regimes, r => Assert.Null(r.ArticlePrefix));
    }

    [Fact]
    public void A_version_survives_a_round_trip_through_JSON_unchanged()
    {
        var original = Default().Version;

        var json = PolicyJson.Serialize(original);
        var back = PolicyJson.Deserialize(json);

        Assert.Equal(json, PolicyJson.Serialize(back));
        Assert.Equal(original.Rules.Count, back.Rules.Count);
        Assert.Equal(original.Settings, back.Settings);
        // And it decides the same.
        Assert.Equal(Default().Evaluate(SeedCase(Prior("R2"))), SanctionPolicy.From(back).Evaluate(SeedCase(Prior("R2"))),
            new DecisionComparer());
    }

    [Fact]
    public void The_JSON_uses_the_officials_spelling_of_levels_types_positions_and_confidence()
    {
        var json = PolicyJson.Serialize(Default().Version);

        Assert.Contains("\"employmentType\": \"PNS\"", json);
        Assert.Contains("\"employmentType\": \"Contract\"", json);
        Assert.Contains("\"official\": \"JPT_PRATAMA\"", json);
        Assert.Contains("\"level\": \"Sedang\"", json);
        Assert.Contains("\"confidence\": \"V\"", json);
        Assert.Contains("\"confidence\": \"B\"", json);
        Assert.Contains("\"sanctionChosenBy\": \"Berau\"", json);
        Assert.Contains("\"officialDecides\": true", json);
        Assert.Contains("\"articlePrefix\": \"PP 49/2018 Pasal 52 jo.\"", json);
        Assert.Contains("\"repeatLookbackMonths\": null", json);
        Assert.Contains("\"categories\": [\n", json.Replace("\r\n", "\n"));
        Assert.Contains("25% selama 6 bulan", json);
    }

    [Fact]
    public void A_rule_naming_an_unknown_sanction_code_is_refused_with_its_path()
    {
        var version = Default().Version.WithRule("medsos-pribadi", r => r with { Sanction = "R9" });

        var refusal = Refused(version);

        Assert.Contains(refusal.Violations, v => v.Field == "rules[2].sanction" && v.Reason.Contains("'R9' is not in the sanction catalogue"));
    }

    [Fact]
    public void Duplicate_rule_ids_are_refused()
    {
        var version = Default().Version.WithRule("medsos-pribadi", r => r with { Id = "medsos-pribadi-diperberat" });

        var refusal = Refused(version);

        Assert.Contains(refusal.Violations, v => v.Field == "rules[2].id" && v.Reason.Contains("used by another rule"));
    }

    [Fact]
    public void A_version_without_rules_is_refused()
    {
        var refusal = Refused(Default().Version with { Rules = [] });

        Assert.Equal("rules", Assert.Single(refusal.Violations).Field);
    }

    [Fact]
    public void Every_reason_is_given_at_once()
    {
        var version = Default().Version with
        {
            Version = "Versi Baru!",
            Sanctions = [.. Default().Version.Sanctions, Default().Version.Sanctions[0]],
            Rules = [.. Default().Version.Rules.Skip(1), Default().Version.Rules[1] with { Explanation = "hukuman: {hukuman}" }],
        };

        var fields = Refused(version).Violations.Select(v => v.Field).ToList();
        var last = Default().Version.Rules.Count - 1;

        Assert.Contains("version", fields);
        Assert.Contains($"sanctions[{Default().Version.Sanctions.Count}].code", fields);
        Assert.Contains($"rules[{last}].id", fields);
        Assert.Contains($"rules[{last}].explanation", fields);
    }

    [Fact]
    public void A_PP_94_rule_opened_to_contract_staff_is_refused_since_their_ladder_has_no_such_sanction()
    {
        var version = Default().Version.WithRule("medsos-pribadi", r => r with { When = r.When with { EmploymentTypes = null } });

        var refusal = Refused(version);

        Assert.Contains(refusal.Violations, v => v.Field == "rules[2].sanction" && v.Reason.Contains("'R1' is neither on the Contract ladder"));
    }

    [Fact]
    public void A_rule_that_leaves_the_sanction_to_the_official_names_none_and_does_not_escalate()
    {
        var version = Default().Version.WithRule("pelanggaran-lain", r => r with { Sanction = "R1", OneStepHeavierThanLastPrior = true });
        var at = Default().Version.Rules.ToList().FindIndex(r => r.Id == "pelanggaran-lain");

        var fields = Refused(version).Violations.Select(v => v.Field).ToList();

        Assert.Contains($"rules[{at}].sanction", fields);
        Assert.Contains($"rules[{at}].oneStepHeavierThanLastPrior", fields);
    }

    [Fact]
    public void A_ladder_with_an_unknown_code_or_out_of_order_is_refused_and_every_employment_type_needs_one()
    {
        var pns = Default().Version.Regimes[0];
        var version = Default().Version with
        {
            Regimes = [pns with { Ladder = ["R1", "S1", "R2", "X1"] }, Default().Version.Regimes[1]],
        };

        var violations = Refused(version).Violations;

        Assert.Contains(violations, v => v.Field == "regimes[0].ladder[2]" && v.Reason.Contains("lighter than the sanction before it"));
        Assert.Contains(violations, v => v.Field == "regimes[0].ladder[3]" && v.Reason.Contains("not in the sanction catalogue"));
        Assert.Contains(violations, v => v.Field == "regimes" && v.Reason == "has no ladder for Contract");
    }

    [Fact]
    public void An_escalating_rule_must_require_a_prior_sanction_and_name_no_fixed_sanction()
    {
        var version = Default().Version.WithRule("pengulangan-sejenis", r => r with
        {
            Sanction = "R2",
            When = r.When with { RepeatOfSameKind = null },
        });

        var fields = Refused(version).Violations.Select(v => v.Field).ToList();
        var at = Default().Version.Rules.ToList().FindIndex(r => r.Id == "pengulangan-sejenis");

        Assert.Contains($"rules[{at}].sanction", fields);
        Assert.Contains($"rules[{at}].when.repeatOfSameKind", fields);
    }

    [Fact]
    public void An_authority_matrix_that_leaves_a_sanction_without_an_official_is_refused()
    {
        var authority = Default().Version.Authority;
        var version = Default().Version with
        {
            Authority = authority with { Grants = authority.Grants.Where(g => g.Official != PositionLevel.Bupati).ToList() },
        };

        var violations = Refused(version).Violations;

        Assert.Contains(violations, v => v.Field == "authority.grants" && v.Reason == "no official may impose Berat on PELAKSANA");
        Assert.Contains(violations, v => v.Field == "authority.grants" && v.Reason == "no official may impose Ringan on JPT_PRATAMA");
    }

    [Fact]
    public void A_grant_switched_by_an_undeclared_switch_is_refused()
    {
        var authority = Default().Version.Authority;
        var version = Default().Version with { Authority = authority with { Switches = new Dictionary<string, bool>() } };

        Assert.Contains(Refused(version).Violations, v => v.Field == "authority.grants[1].switch");
    }

    [Fact]
    public void An_objection_window_that_outlasts_the_effective_date_is_refused()
    {
        var version = Default().Version.WithSettings(s => s with { ObjectionWindow = new DayCount(15, DayKind.WorkingDays) });

        var violation = Assert.Single(Refused(version).Violations);

        Assert.Equal("settings.objectionWindow", violation.Field);
    }

    [Fact]
    public void A_misspelt_field_is_refused_rather_than_ignored()
    {
        var json = DefaultPolicy.ReadJson().Replace("\"oneStepHeavierThanLastPrior\"", "\"oneStepHeavier\"");

        var refusal = Assert.Throws<ValidationFailedException>(() => PolicyJson.Deserialize(json));

        Assert.Contains("oneStepHeavier", Assert.Single(refusal.Violations).Reason);
    }

    [Fact]
    public void An_unknown_level_name_is_refused_with_its_path()
    {
        var json = DefaultPolicy.ReadJson().Replace("\"level\": \"Sedang\"", "\"level\": \"Sedikit\"");

        var violation = Assert.Single(Assert.Throws<ValidationFailedException>(() => PolicyJson.Deserialize(json)).Violations);

        Assert.Equal("$.sanctions[3].level", violation.Field);
    }

    [Fact]
    public void A_version_missing_its_rules_is_refused()
    {
        const string json = """
            { "version": "x.1", "effectiveFrom": "2026-01-01", "title": "t", "sanctions": [], "regimes": [] }
            """;

        var refusal = Assert.Throws<ValidationFailedException>(() => PolicyJson.Deserialize(json));

        Assert.Contains("rules", Assert.Single(refusal.Violations).Reason);
    }

    private static ValidationFailedException Refused(PolicyVersion version) =>
        Assert.Throws<ValidationFailedException>(() => SanctionPolicy.From(version));

    /// <summary>Decisions hold lists, which records compare by reference.</summary>
    private sealed class DecisionComparer : IEqualityComparer<PolicyDecision>
    {
        public bool Equals(PolicyDecision? x, PolicyDecision? y) =>
            x is not null && y is not null
            && x with { MatchedRules = [] } == y with { MatchedRules = [] }
            && x.MatchedRules.SequenceEqual(y.MatchedRules);

        public int GetHashCode(PolicyDecision obj) => obj.RuleId?.GetHashCode() ?? 0;
    }
}
