using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// A validated <see cref="PolicyVersion"/> that chooses a sanction for a set of facts. Pure: no clock, no storage.
/// </summary>
/// <remarks>
/// How a choice is made, each step from PP 94/2021:
/// <list type="number">
/// <item>Every rule whose conditions hold proposes a sanction, translated onto the employee's ladder (a PPPK
/// cannot be demoted, so a berat sanction becomes PHPK; PP 49/2018 Pasal 53).</item>
/// <item>A repeat rule proposes the step above the last prior sanction of the same kind, capped at the top of the
/// ladder ("a heavier sanction than the last").</item>
/// <item>The heaviest proposal wins ("one act, one sanction"); on a tie the rule listed first.</item>
/// </list>
/// </remarks>
public sealed partial class SanctionPolicy
{
    /// <summary>The placeholders a rule's explanation may use.</summary>
    public static IReadOnlySet<string> Placeholders { get; } = new[]
    {
        "sanction", "code", "level", "aggravating", "absenceDays", "consecutiveAbsenceDays", "lastPrior",
        "employmentType", "impact",
    }.ToFrozenSet();

    private readonly IReadOnlyDictionary<string, SanctionType> _catalogue;
    private readonly IReadOnlyDictionary<EmploymentType, Regime> _regimes;

    private SanctionPolicy(PolicyVersion version)
    {
        Version = version;
        _catalogue = version.Sanctions.ToFrozenDictionary(s => s.Code);
        _regimes = version.Regimes.ToFrozenDictionary(r => r.EmploymentType);
        Authority = new AuthorityMatrix(version.Authority);
    }

    /// <summary>Builds the policy of a version; refuses an invalid version with every reason at once
    /// (<see cref="ValidationFailedException"/>).</summary>
    public static SanctionPolicy From(PolicyVersion version)
    {
        PolicyValidation.ThrowIfInvalid(version);
        return new SanctionPolicy(version);
    }

    public PolicyVersion Version { get; }
    public string VersionId => Version.Version;
    public DateOnly EffectiveFrom => Version.EffectiveFrom;
    public PolicySettings Settings => Version.Settings;
    public AuthorityMatrix Authority { get; }

    public SanctionType SanctionType(string code) =>
        _catalogue.TryGetValue(code, out var type) ? type : throw new NotFoundException("Sanction type", code);

    /// <summary>The sanctions an employment type can receive, lightest first.</summary>
    public IReadOnlyList<SanctionType> LadderFor(EmploymentType type) =>
        _regimes[type].Ladder.Select(code => _catalogue[code]).ToList();

    /// <summary>The sanctions below <paramref name="code"/> on the ladder of <paramref name="type"/>, lightest first; none
    /// when the code is not on it.</summary>
    public IReadOnlyList<SanctionType> LighterThan(EmploymentType type, string code)
    {
        var ladder = LadderFor(type);
        var index = ladder.Select(s => s.Code).ToList().IndexOf(code);
        return index <= 0 ? [] : ladder.Take(index).ToList();
    }

    public PolicyDecision Evaluate(OffenceFacts facts)
    {
        var regime = RegimeFor(facts);
        var priors = CountedPriors(facts);
        // The last prior sanction: the latest, and of two on one day the heavier.
        var lastPrior = priors.OrderBy(p => p.ImposedOn).ThenBy(p => Position(regime, p.Code)).LastOrDefault();

        var proposals = Version.Rules
            .Where(rule => rule.When.AreMetBy(facts, isRepeat: priors.Count > 0))
            .Select(rule => Propose(rule, regime, lastPrior))
            .ToList();
        if (proposals.Count == 0) return NoRuleMatched(facts);

        var winner = proposals[0];
        foreach (var proposal in proposals.Skip(1))
            if (proposal.Position > winner.Position) winner = proposal;

        var chosen = Choose(winner.Code);
        var transferRules = proposals.Where(p => p.Rule.RecommendTransfer).ToList();
        var transfer = transferRules.Count == 0
            ? TransferRecommendation.None
            : new TransferRecommendation(true, string.Join("; ", transferRules.Select(p => p.Rule.TransferReason).Distinct()));
        var needsOfficial = chosen.Level > SanctionLevel.Ringan;

        return new PolicyDecision
        {
            PolicyVersion = VersionId,
            Sanction = chosen,
            RuleId = winner.Rule.Id,
            Article = winner.Rule.Article,
            MatchedRules = proposals.Select(p => new RuleMatch(p.Rule.Id, p.Code, p.Rule.Article, p.Rule.RecommendTransfer)).ToList(),
            Transfer = transfer,
            NeedsOfficialDecision = needsOfficial,
            Explanation = Explain(facts, regime, winner, chosen, proposals, lastPrior, transfer, needsOfficial),
        };
    }

    private sealed record Proposal(PolicyRule Rule, string RequestedCode, string Code, int Position, bool Capped);

    private static Proposal Propose(PolicyRule rule, Regime regime, PriorSanction? lastPrior)
    {
        if (!rule.OneStepHeavierThanLastPrior)
        {
            var code = regime.Resolve(rule.Sanction!)!; // validation ensures every rule resolves on every ladder it can reach
            return new Proposal(rule, rule.Sanction!, code, Position(regime, code), Capped: false);
        }

        var prior = lastPrior ?? throw new InvalidOperationException(
            $"Rule {rule.Id} escalates from a prior sanction but matched without one.");
        var next = Position(regime, prior.Code) + 1;
        var top = regime.Ladder.Count - 1;
        var step = regime.Ladder[Math.Min(next, top)];
        return new Proposal(rule, step, step, Math.Min(next, top), Capped: next > top);
    }

    private ChosenSanction Choose(string code)
    {
        var type = _catalogue[code];
        return Settings.ApplyTransitionalSubstitutes && type.TransitionalSubstitute is { } substitute
            ? new ChosenSanction(type.Code, substitute.Name, substitute.EnglishName, type.Level,
                substitute.DurationMonths, substitute.Article, IsTransitionalSubstitute: true)
            : new ChosenSanction(type.Code, type.Name, type.EnglishName, type.Level,
                type.DurationMonths, type.Article, IsTransitionalSubstitute: false);
    }

    private PolicyDecision NoRuleMatched(OffenceFacts facts) => new()
    {
        PolicyVersion = VersionId,
        Sanction = null,
        RuleId = null,
        Article = null,
        MatchedRules = [],
        Transfer = TransferRecommendation.None,
        NeedsOfficialDecision = false,
        Explanation = facts.Category == OffenceCategory.Absence
            ? $"Tidak masuk kerja tanpa alasan yang sah selama {facts.AbsenceDaysInYear} hari kerja belum mencapai ambang hukuman disiplin dalam kebijakan versi {VersionId}: tidak ada hukuman yang disarankan."
            : $"Tidak ada aturan dalam kebijakan versi {VersionId} yang cocok dengan fakta ini: tidak ada hukuman yang disarankan.",
    };

    private string Explain(OffenceFacts facts, Regime regime, Proposal winner, ChosenSanction chosen,
        IReadOnlyList<Proposal> proposals, PriorSanction? lastPrior, TransferRecommendation transfer, bool needsOfficial)
    {
        var employee = PolicyWording.Of(facts.EmploymentType);
        var parts = new List<string>
        {
            Render(winner.Rule.Explanation, facts, chosen, lastPrior),
            $"Aturan {winner.Rule.Id}: {winner.Rule.Article}.",
        };
        if (winner.RequestedCode != winner.Code)
        {
            var requested = _catalogue[winner.RequestedCode];
            var actual = _catalogue[winner.Code];
            parts.Add(requested.Name == actual.Name
                ? $"Bagi {employee}, {requested.Name} dijatuhkan menurut aturan {employee} ({actual.Code}): {regime.Basis}."
                : $"Bagi {employee}, {requested.Name} ({requested.Code}) diganti {actual.Name} ({actual.Code}): {regime.Basis}.");
        }
        if (winner.Capped)
            parts.Add($"Hukuman itu ({chosen.Code}) sudah yang terberat yang dapat dijatuhkan kepada {employee}.");
        if (proposals.Count > 1)
            parts.Add($"Aturan yang cocok: {string.Join(", ", proposals.Select(p => $"{p.Rule.Id} ({p.Code})"))}; satu perbuatan, satu hukuman: yang terberat dipilih.");
        if (chosen.IsTransitionalSubstitute)
            parts.Add($"Ketentuan peralihan berlaku: {_catalogue[chosen.Code].Name} diganti {chosen.Name} ({chosen.Article}).");
        if (transfer.Recommended)
            parts.Add($"Disarankan mutasi dari jabatan pelayanan garis depan: {transfer.Reason}. Mutasi bukan hukuman disiplin; keputusannya ada pada PPK.");
        if (needsOfficial)
            parts.Add($"Hukuman disiplin {PolicyWording.Of(chosen.Level)}: ditetapkan oleh pejabat yang berwenang menghukum.");
        return string.Join(" ", parts);
    }

    private string Render(string template, OffenceFacts facts, ChosenSanction chosen, PriorSanction? lastPrior) =>
        PlaceholderPattern().Replace(template, match => match.Groups[1].Value switch
        {
            "sanction" => chosen.Name,
            "code" => chosen.Code,
            "level" => PolicyWording.Of(chosen.Level),
            "aggravating" => facts.Aggravating.Count == 0
                ? "tidak ada"
                : string.Join(", ", facts.Aggravating.Distinct().Order().Select(PolicyWording.Of)),
            "absenceDays" => facts.AbsenceDaysInYear.ToString(CultureInfo.InvariantCulture),
            "consecutiveAbsenceDays" => facts.ConsecutiveAbsenceDays.ToString(CultureInfo.InvariantCulture),
            "lastPrior" => lastPrior is null
                ? "-"
                : $"{_catalogue[lastPrior.Code].Name} ({lastPrior.Code}, {Wita.Iso(lastPrior.ImposedOn)})",
            "employmentType" => PolicyWording.Of(facts.EmploymentType),
            "impact" => PolicyWording.Of(facts.Impact),
            _ => match.Value,
        });

    [GeneratedRegex(@"\{(\w+)\}")]
    internal static partial Regex PlaceholderPattern();

    /// <summary>Checks the facts against this version; refuses what the policy cannot weigh.</summary>
    private Regime RegimeFor(OffenceFacts facts)
    {
        var violations = new List<FieldViolation>();
        if (!Enum.IsDefined(facts.Category)) violations.Add(new("category", "is not a report category"));
        if (!Enum.IsDefined(facts.Impact)) violations.Add(new("impact", "must be UnitKerja, Instansi or Negara"));
        if (facts.AbsenceDaysInYear < 0) violations.Add(new("absenceDaysInYear", "must not be negative"));
        if (facts.ConsecutiveAbsenceDays < 0) violations.Add(new("consecutiveAbsenceDays", "must not be negative"));
        if (facts.Aggravating.Any(f => !Enum.IsDefined(f))) violations.Add(new("aggravating", "holds an unknown aggravating fact"));
        if (!_regimes.TryGetValue(facts.EmploymentType, out var regime))
        {
            violations.Add(new("employmentType", $"is not an employment type of policy version {VersionId}"));
            throw new ValidationFailedException(violations);
        }
        for (var i = 0; i < facts.PriorSanctionsOfSameKind.Count; i++)
        {
            var code = facts.PriorSanctionsOfSameKind[i].Code;
            if (regime.Resolve(code) is null)
                violations.Add(new($"priorSanctionsOfSameKind[{i}].code",
                    $"'{code}' is not a sanction for {PolicyWording.Of(facts.EmploymentType)} in policy version {VersionId}"));
        }
        if (violations.Count > 0) throw new ValidationFailedException(violations);
        return regime;
    }

    /// <summary>Prior sanctions that make this offence a repeat: imposed on or before the offence and, when the
    /// version sets a lookback, within it.</summary>
    private List<PriorSanction> CountedPriors(OffenceFacts facts)
    {
        var from = Settings.RepeatLookbackMonths is { } months ? facts.OffenceDate.AddMonths(-months) : DateOnly.MinValue;
        return facts.PriorSanctionsOfSameKind.Where(p => p.ImposedOn >= from && p.ImposedOn <= facts.OffenceDate).ToList();
    }

    private static int Position(Regime regime, string code)
    {
        var resolved = regime.Resolve(code);
        for (var i = 0; i < regime.Ladder.Count; i++)
            if (regime.Ladder[i] == resolved) return i;
        return -1;
    }
}
