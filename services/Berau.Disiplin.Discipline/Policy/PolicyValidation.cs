using System.Text.Json;
using System.Text.RegularExpressions;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// Checks a policy version before anyone can evaluate or publish it: every reason at once, each under the JSON
/// path of the field at fault ("rules[3].sanction"), in English like every other INVALID_ARGUMENT.
/// </summary>
public static partial class PolicyValidation
{
    public static IReadOnlyList<FieldViolation> Validate(PolicyVersion version)
    {
        var v = new Validator();
        v.Check(version.Version is not null && VersionIdPattern().IsMatch(version.Version), "version",
            "is required: lower-case letters, digits, '.' and '-', e.g. pp94-2021.2");
        v.Check(version.EffectiveFrom != default, "effectiveFrom", "is required");
        v.Required("title", version.Title);

        ValidateSettings(v, version.Settings);
        var codes = ValidateSanctions(v, version.Sanctions);
        var regimes = ValidateRegimes(v, version.Regimes, codes, version.Sanctions);
        ValidateRules(v, version.Rules, codes, regimes);
        ValidateAuthority(v, version.Authority);
        return v.Violations;
    }

    public static void ThrowIfInvalid(PolicyVersion version)
    {
        var violations = Validate(version);
        if (violations.Count > 0) throw new ValidationFailedException(violations);
    }

    private static void ValidateSettings(Validator v, PolicySettings? s)
    {
        if (s is null) { v.Add("settings", "is required"); return; }
        v.Check(s.RepeatLookbackMonths is null or > 0, "settings.repeatLookbackMonths", "must be positive, or null for no limit");
        v.Check(Enum.IsDefined(s.AbsenceCountingPeriod), "settings.absenceCountingPeriod", "must be CalendarYear or Rolling12Months");
        DayCount(v, "settings.deliveryDeadline", s.DeliveryDeadline);
        DayCount(v, "settings.sendWhenNotCollected", s.SendWhenNotCollected);
        DayCount(v, "settings.effectiveOnDayAfterReceipt", s.EffectiveOnDayAfterReceipt);
        DayCount(v, "settings.objectionWindow", s.ObjectionWindow);
        DayCount(v, "settings.appealWindow", s.AppealWindow);
        DayCount(v, "settings.summonsWindow", s.SummonsWindow);
        DayCount(v, "settings.summonsMaxGap", s.SummonsMaxGap);
        DayCount(v, "settings.secondSummonsWindow", s.SecondSummonsWindow);
        // An objection filed on the last day of its window must still come before the decision takes effect.
        if (s.ObjectionWindow is { } window && s.EffectiveOnDayAfterReceipt is { } effective && window.Kind == effective.Kind)
            v.Check(window.Days < effective.Days, "settings.objectionWindow",
                $"must end before the decision takes effect on day {effective.Days} after receipt");
    }

    private static void DayCount(Validator v, string field, DayCount? count)
    {
        if (count is null) { v.Add(field, "is required"); return; }
        v.Check(count.Days > 0, field + ".days", "must be positive");
        v.Check(Enum.IsDefined(count.Kind), field + ".kind", "must be CalendarDays or WorkingDays");
    }

    private static HashSet<string> ValidateSanctions(Validator v, IReadOnlyList<SanctionType>? sanctions)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (sanctions is null || sanctions.Count == 0) { v.Add("sanctions", "must list at least one sanction"); return codes; }
        for (var i = 0; i < sanctions.Count; i++)
        {
            var s = sanctions[i];
            var at = $"sanctions[{i}]";
            if (s.Code is null || !SanctionCodePattern().IsMatch(s.Code))
                v.Add(at + ".code", "is required: upper-case letters and digits, e.g. R1");
            else if (!codes.Add(s.Code))
                v.Add(at + ".code", $"'{s.Code}' is listed twice");
            v.Required(at + ".name", s.Name).Required(at + ".englishName", s.EnglishName).Required(at + ".article", s.Article);
            v.Check(Enum.IsDefined(s.Level), at + ".level", "must be Ringan, Sedang or Berat");
            v.Check(s.DurationMonths is null or > 0, at + ".durationMonths", "must be positive when given");
            v.Check(Enum.IsDefined(s.Confidence), at + ".confidence", "must be V, S, U or B");
            if (s.TransitionalSubstitute is { } sub)
            {
                v.Required(at + ".transitionalSubstitute.name", sub.Name)
                    .Required(at + ".transitionalSubstitute.englishName", sub.EnglishName)
                    .Required(at + ".transitionalSubstitute.article", sub.Article);
                v.Check(sub.DurationMonths is null or > 0, at + ".transitionalSubstitute.durationMonths", "must be positive when given");
            }
        }
        return codes;
    }

    private static Dictionary<EmploymentType, Regime> ValidateRegimes(Validator v, IReadOnlyList<Regime>? regimes,
        HashSet<string> codes, IReadOnlyList<SanctionType>? sanctions)
    {
        var byType = new Dictionary<EmploymentType, Regime>();
        if (regimes is null) { v.Add("regimes", "is required"); return byType; }
        var levels = (sanctions ?? []).Where(s => s.Code is not null).DistinctBy(s => s.Code).ToDictionary(s => s.Code, s => s.Level);
        for (var i = 0; i < regimes.Count; i++)
        {
            var r = regimes[i];
            var at = $"regimes[{i}]";
            if (!Enum.IsDefined(r.EmploymentType)) { v.Add(at + ".employmentType", "must be PNS, PPPK or Contract"); continue; }
            if (!byType.TryAdd(r.EmploymentType, r)) v.Add(at + ".employmentType", $"{Name(r.EmploymentType)} has a ladder already");
            v.Required(at + ".basis", r.Basis);
            if (r.Ladder is null || r.Ladder.Count == 0) { v.Add(at + ".ladder", "must list at least one sanction"); continue; }
            var seen = new HashSet<string>();
            SanctionLevel? previous = null;
            for (var j = 0; j < r.Ladder.Count; j++)
            {
                var code = r.Ladder[j];
                if (!codes.Contains(code)) { v.Add($"{at}.ladder[{j}]", $"'{code}' is not in the sanction catalogue"); continue; }
                if (!seen.Add(code)) v.Add($"{at}.ladder[{j}]", $"'{code}' is on the ladder twice");
                // Lightest first: a ladder that went from sedang back to ringan would make "heavier" meaningless.
                if (previous > levels[code]) v.Add($"{at}.ladder[{j}]", $"'{code}' is lighter than the sanction before it");
                previous = levels[code];
            }
            foreach (var (from, to) in r.Equivalents ?? new Dictionary<string, string>())
            {
                if (!codes.Contains(from)) v.Add($"{at}.equivalents.{from}", $"'{from}' is not in the sanction catalogue");
                else if (r.Ladder.Contains(from)) v.Add($"{at}.equivalents.{from}", $"'{from}' is on the ladder already");
                if (!r.Ladder.Contains(to)) v.Add($"{at}.equivalents.{from}", $"'{to}' is not on this ladder");
            }
        }
        foreach (var type in Enum.GetValues<EmploymentType>().Where(t => !byType.ContainsKey(t)))
            v.Add("regimes", $"has no ladder for {Name(type)}");
        return byType;
    }

    private static void ValidateRules(Validator v, IReadOnlyList<PolicyRule>? rules, HashSet<string> codes,
        Dictionary<EmploymentType, Regime> regimes)
    {
        if (rules is null || rules.Count == 0) { v.Add("rules", "must list at least one rule"); return; }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            var at = $"rules[{i}]";
            if (r.Id is null || !RuleIdPattern().IsMatch(r.Id)) v.Add(at + ".id", "is required: lower-case letters, digits and '-'");
            else if (!ids.Add(r.Id)) v.Add(at + ".id", $"'{r.Id}' is used by another rule");
            v.Required(at + ".title", r.Title).Required(at + ".article", r.Article).Required(at + ".explanation", r.Explanation);
            v.Check(Enum.IsDefined(r.Confidence), at + ".confidence", "must be V, S, U or B");

            if (r.SanctionChosenBy is { } choice)
                v.Check(Enum.IsDefined(choice), at + ".sanctionChosenBy", "must be Regulation or Berau");

            if (r.OfficialDecides)
            {
                v.Check(r.Sanction is null, at + ".sanction", "must be left out when the official decides the sanction");
                v.Check(!r.OneStepHeavierThanLastPrior, at + ".oneStepHeavierThanLastPrior",
                    "cannot be set when the official decides the sanction");
            }
            else if (r.OneStepHeavierThanLastPrior)
            {
                v.Check(r.Sanction is null, at + ".sanction", "must be left out when the rule escalates from the last prior sanction");
                v.Check(r.When?.RepeatOfSameKind == true, at + ".when.repeatOfSameKind",
                    "must be true: the rule escalates from a prior sanction of the same kind");
            }
            else if (string.IsNullOrWhiteSpace(r.Sanction))
                v.Add(at + ".sanction", "is required unless oneStepHeavierThanLastPrior or officialDecides is set");
            else if (!codes.Contains(r.Sanction))
                v.Add(at + ".sanction", $"'{r.Sanction}' is not in the sanction catalogue");
            else
                foreach (var type in r.When?.EmploymentTypes ?? Enum.GetValues<EmploymentType>())
                    if (regimes.TryGetValue(type, out var regime) && regime.Resolve(r.Sanction) is null)
                        v.Add(at + ".sanction", $"'{r.Sanction}' is neither on the {Name(type)} ladder nor has an equivalent there");

            if (r.RecommendTransfer) v.Required(at + ".transferReason", r.TransferReason);
            if (r.Explanation is not null)
                foreach (var name in SanctionPolicy.PlaceholderPattern().Matches(r.Explanation).Select(m => m.Groups[1].Value))
                    v.Check(SanctionPolicy.Placeholders.Contains(name), at + ".explanation",
                        $"'{{{name}}}' is not a placeholder; use {string.Join(", ", SanctionPolicy.Placeholders.Select(p => "{" + p + "}"))}");

            if (r.When is null) { v.Add(at + ".when", "is required (an empty object matches every offence)"); continue; }
            Conditions(v, at + ".when", r.When);
        }
    }

    private static void Conditions(Validator v, string at, RuleConditions c)
    {
        List(v, at + ".categories", c.Categories);
        List(v, at + ".employmentTypes", c.EmploymentTypes);
        List(v, at + ".impacts", c.Impacts);
        List(v, at + ".aggravatingAnyOf", c.AggravatingAnyOf);
        List(v, at + ".aggravatingAllOf", c.AggravatingAllOf);
        Range(v, at + ".absenceDaysInYear", c.AbsenceDaysInYear, min: 0);
        Range(v, at + ".consecutiveAbsenceDays", c.ConsecutiveAbsenceDays, min: 0);
    }

    private static void List<T>(Validator v, string field, IReadOnlyList<T>? values) where T : struct, Enum
    {
        if (values is null) return;
        v.Check(values.Count > 0, field, "must not be empty; leave it out to match any");
        v.Check(values.All(Enum.IsDefined), field, $"must hold only {string.Join(", ", Enum.GetNames<T>())}");
    }

    private static void Range(Validator v, string field, IntRange? range, int min)
    {
        if (range is null) return;
        v.Check(range.Min >= min, field + ".min", $"must be at least {min}");
        v.Check(range.Max is null || range.Max >= range.Min, field + ".max", "must not be below min");
    }

    private static void ValidateAuthority(Validator v, AuthorityConfig? a)
    {
        if (a is null) { v.Add("authority", "is required"); return; }
        var before = v.Violations.Count;
        if (a.Chain is null || a.Chain.Count == 0) v.Add("authority.chain", "must list the structural levels, highest first");
        else
        {
            v.Check(a.Chain.Distinct().Count() == a.Chain.Count, "authority.chain", "must not repeat a level");
            v.Check(!a.Chain.Contains(PositionLevel.Bupati), "authority.chain", "must not hold BUPATI, who holds no position level");
            v.Check(a.Chain.All(Enum.IsDefined), "authority.chain", "holds an unknown position level");
        }
        var switches = a.Switches ?? new Dictionary<string, bool>();
        if (a.Grants is null || a.Grants.Count == 0) { v.Add("authority.grants", "must list at least one grant"); return; }
        for (var i = 0; i < a.Grants.Count; i++)
        {
            var g = a.Grants[i];
            var at = $"authority.grants[{i}]";
            v.Check(Enum.IsDefined(g.Official), at + ".official", "is not a position level");
            v.Check(g.Levels is { Count: > 0 } && g.Levels.All(Enum.IsDefined), at + ".levels", "must list Ringan, Sedang or Berat");
            v.Check((g.LevelsBelow is null) != (g.Subjects is null), at,
                "must give either levelsBelow or subjects, not both and not neither");
            if (g.LevelsBelow is not null)
            {
                Range(v, at + ".levelsBelow", g.LevelsBelow, min: 1);
                v.Check(a.Chain?.Contains(g.Official) == true, at + ".levelsBelow",
                    $"needs {Name(g.Official)} on the chain to count levels below it");
            }
            if (g.Subjects is not null)
                v.Check(g.Subjects.Count > 0 && !g.Subjects.Contains(PositionLevel.Bupati) && g.Subjects.All(Enum.IsDefined),
                    at + ".subjects", "must list position levels (not BUPATI)");
            if (g.Switch is not null)
                v.Check(switches.ContainsKey(g.Switch), at + ".switch", $"'{g.Switch}' is not declared in authority.switches");
            v.Required(at + ".article", g.Article);
        }
        if (v.Violations.Count > before) return;

        // Every sanction must have someone entitled to impose it: PP 94 obliges the official to act, and a gap
        // here would leave a case that no one may decide.
        var matrix = new AuthorityMatrix(a);
        foreach (var subject in Enum.GetValues<PositionLevel>().Where(p => p != PositionLevel.Bupati))
            foreach (var level in Enum.GetValues<SanctionLevel>())
                v.Check(matrix.EntitledOver(subject, level).Count > 0, "authority.grants",
                    $"no official may impose {Name(level)} on {Name(subject)}");
    }

    /// <summary>An enum value as the JSON spells it ("PNS", "JPT_PRATAMA"), for reasons that point into the JSON.</summary>
    private static string Name<T>(T value) where T : struct, Enum => JsonSerializer.Serialize(value).Trim('"');

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.\-]{0,63}$")]
    private static partial Regex VersionIdPattern();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{0,15}$")]
    private static partial Regex SanctionCodePattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9\-]{0,79}$")]
    private static partial Regex RuleIdPattern();
}
