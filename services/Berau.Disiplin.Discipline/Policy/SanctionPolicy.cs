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
/// The policy proposes nothing, and leaves the decision to the official, when the impact that decides the level is not
/// found yet (Pasal 9–14), or when a matching rule says the facts cannot tell the level (a breach named only as
/// "other": some obligations and prohibitions have no ringan sanction at all).
/// </remarks>
public sealed partial class SanctionPolicy
{
    /// <summary>The placeholders a rule's explanation may use. "{code}" is still accepted so that versions published
    /// with it stay valid, but an explanation should name the sanction ("{sanction}"), never its code.</summary>
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
        var priors = CountedPriors(facts, regime);
        // The last prior sanction: the latest, and of two decided at one instant the heavier.
        var lastPrior = priors.OrderBy(p => p.DecidedAt).ThenBy(p => Position(regime, p.Code)).LastOrDefault();
        var isRepeat = priors.Count > 0;

        // PP 94/2021 Pasal 9–14: the level follows the impact, which the examination finds; it is never assumed.
        if (facts.Impact is null
            && Version.Rules.Any(rule => rule.When.Impacts is not null && rule.When.AreMetBy(facts, isRepeat, ignoringImpact: true)))
            return ImpactNotFound(facts);

        var matched = Version.Rules.Where(rule => rule.When.AreMetBy(facts, isRepeat)).ToList();
        if (matched.Count == 0) return NoRuleMatched(facts);
        if (matched.FirstOrDefault(rule => rule.OfficialDecides) is { } open)
            return LeftToOfficial(facts, regime, open, matched, lastPrior);

        var proposals = matched.Select(rule => Propose(rule, regime, lastPrior)).ToList();
        var winner = proposals[0];
        foreach (var proposal in proposals.Skip(1))
            if (proposal.Position > winner.Position) winner = proposal;

        var chosen = Choose(winner.Code);
        var transfer = TransferOf(matched);
        var needsOfficial = chosen.Level > SanctionLevel.Ringan;

        return new PolicyDecision
        {
            PolicyVersion = VersionId,
            Sanction = chosen,
            RuleId = winner.Rule.Id,
            Article = Cite(regime, winner.Rule),
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

    private static TransferRecommendation TransferOf(IEnumerable<PolicyRule> matched)
    {
        var reasons = matched.Where(r => r.RecommendTransfer).Select(r => r.TransferReason).Distinct().ToList();
        return reasons.Count == 0 ? TransferRecommendation.None : new TransferRecommendation(true, string.Join("; ", reasons));
    }

    /// <summary>The rule's article, behind what the employment type's regime cites first (PP 49/2018 for PPPK).</summary>
    private static string Cite(Regime regime, PolicyRule rule) =>
        regime.ArticlePrefix is { Length: > 0 } prefix ? $"{prefix} {rule.Article}" : rule.Article;

    private PolicyDecision NoRuleMatched(OffenceFacts facts)
    {
        var term = PolicyWording.SanctionTerm(facts.EmploymentType);
        return new()
        {
            PolicyVersion = VersionId,
            Sanction = null,
            RuleId = null,
            Article = null,
            MatchedRules = [],
            Transfer = TransferRecommendation.None,
            NeedsOfficialDecision = false,
            Explanation = facts.Category == OffenceCategory.Absence
                ? $"Tidak masuk kerja tanpa alasan yang sah selama {Days(facts.AbsenceDaysInYear)} hari kerja belum mencapai ambang {term}: tidak ada {term} yang disarankan."
                : $"Tidak ada ketentuan dalam kebijakan sanksi yang berlaku yang cocok dengan fakta ini: tidak ada {term} yang disarankan.",
        };
    }

    private PolicyDecision ImpactNotFound(OffenceFacts facts) => new()
    {
        PolicyVersion = VersionId,
        Sanction = null,
        RuleId = null,
        Article = null,
        MatchedRules = [],
        Transfer = TransferRecommendation.None,
        NeedsOfficialDecision = true,
        MissingFinding = Finding.Impact,
        Explanation = facts.EmploymentType == EmploymentType.Contract
            ? "Berat ringannya sanksi bergantung pada dampak pelanggaran, yang ditetapkan dalam pemeriksaan beserta alasannya; "
              + "sebelum dampak itu ditetapkan, tidak ada sanksi yang disarankan."
            : "Tingkat hukuman disiplin bergantung pada dampak pelanggaran: pada unit kerja (ringan), pada instansi (sedang), "
              + "atau pada negara (berat). Dampak itu ditetapkan dalam pemeriksaan beserta alasannya; sebelum itu tidak ada "
              + "hukuman disiplin yang disarankan.",
    };

    private PolicyDecision LeftToOfficial(OffenceFacts facts, Regime regime, PolicyRule rule, IReadOnlyList<PolicyRule> matched,
        PriorSanction? lastPrior)
    {
        var transfer = TransferOf(matched);
        var parts = new List<string>
        {
            Render(rule.Explanation, facts, chosen: null, lastPrior),
            $"Dasar: {Cite(regime, rule)}.",
            $"Jenis {PolicyWording.SanctionTerm(facts.EmploymentType)} ditetapkan oleh {PolicyWording.DecidingOfficial(facts.EmploymentType)} "
            + "berdasarkan hasil pemeriksaan.",
        };
        if (transfer.Recommended) parts.Add(TransferSentence(facts.EmploymentType, transfer));
        return new PolicyDecision
        {
            PolicyVersion = VersionId,
            Sanction = null,
            RuleId = rule.Id,
            Article = Cite(regime, rule),
            MatchedRules = matched.Select(r => new RuleMatch(r.Id,
                r.OfficialDecides ? null : Propose(r, regime, lastPrior).Code, r.Article, r.RecommendTransfer)).ToList(),
            Transfer = transfer,
            NeedsOfficialDecision = true,
            MissingFinding = Finding.BreachedProvision,
            Explanation = string.Join(" ", parts),
        };
    }

    private string Explain(OffenceFacts facts, Regime regime, Proposal winner, ChosenSanction chosen,
        IReadOnlyList<Proposal> proposals, PriorSanction? lastPrior, TransferRecommendation transfer, bool needsOfficial)
    {
        var type = facts.EmploymentType;
        var employee = PolicyWording.Of(type);
        var term = PolicyWording.SanctionTerm(type);
        var parts = new List<string>
        {
            Render(winner.Rule.Explanation, facts, chosen, lastPrior),
            $"Dasar: {Cite(regime, winner.Rule)}.",
        };
        if (regime.ArticlePrefix is { Length: > 0 })
            parts.Add($"Bagi {employee}: {regime.Basis}.");
        if (winner.RequestedCode != winner.Code)
        {
            var requested = _catalogue[winner.RequestedCode];
            var actual = _catalogue[winner.Code];
            if (requested.Name != actual.Name)
                parts.Add($"Bagi {employee}, {requested.Name} diganti {actual.Name}.");
        }
        if (winner.Capped)
            parts.Add($"{Capitalised(term)} itu sudah yang terberat yang dapat dijatuhkan kepada {employee}.");
        if (proposals.Count > 1)
            parts.Add($"Perbuatan ini memenuhi lebih dari satu ketentuan: {string.Join("; ", proposals.Select(p => $"{Lower(p.Rule.Title)} ({_catalogue[p.Code].Name})"))}. "
                + $"Satu perbuatan, satu {term}: yang terberat dipilih.");
        if (chosen.IsTransitionalSubstitute)
            parts.Add($"Ketentuan peralihan berlaku: {_catalogue[chosen.Code].Name} diganti {chosen.Name} ({chosen.Article}).");
        if (transfer.Recommended)
            parts.Add(TransferSentence(type, transfer));
        if (needsOfficial)
            parts.Add($"{Capitalised(term)} {PolicyWording.Of(chosen.Level)} ditetapkan oleh {PolicyWording.DecidingOfficial(type)}.");
        return string.Join(" ", parts);
    }

    private static string TransferSentence(EmploymentType type, TransferRecommendation transfer) =>
        type == EmploymentType.Contract
            ? $"Disarankan pemindahan tempat tugas dari layanan garis depan: {transfer.Reason}. {PolicyWording.TransferNote(type)}"
            : $"Disarankan mutasi dari jabatan pelayanan garis depan: {transfer.Reason}. {PolicyWording.TransferNote(type)}";

    private string Render(string template, OffenceFacts facts, ChosenSanction? chosen, PriorSanction? lastPrior) =>
        PlaceholderPattern().Replace(template, match => match.Groups[1].Value switch
        {
            "sanction" => chosen?.Name ?? "-",
            // Kept for versions that used it; the default version never shows a code in a sentence.
            "code" => chosen?.Code ?? "-",
            "level" => chosen is null ? "-" : PolicyWording.Of(chosen.Level),
            "aggravating" => facts.Aggravating.Count == 0
                ? "tidak ada"
                : string.Join(", ", facts.Aggravating.Distinct().Order().Select(PolicyWording.Of)),
            "absenceDays" => Days(facts.AbsenceDaysInYear),
            "consecutiveAbsenceDays" => Days(facts.ConsecutiveAbsenceDays),
            "lastPrior" => lastPrior is null
                ? "-"
                : $"{_catalogue[lastPrior.Code].Name} yang ditetapkan pada {PolicyWording.Date(lastPrior.DecidedAt)}",
            "employmentType" => PolicyWording.Of(facts.EmploymentType),
            "impact" => PolicyWording.Of(facts.Impact),
            _ => match.Value,
        });

    private static string Days(int days) => days.ToString(CultureInfo.InvariantCulture);

    private static string Capitalised(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    private static string Lower(string words) => words.Length == 0 ? words : char.ToLowerInvariant(words[0]) + words[1..];

    [GeneratedRegex(@"\{(\w+)\}")]
    internal static partial Regex PlaceholderPattern();

    /// <summary>Checks the facts against this version; refuses what the policy cannot weigh.</summary>
    private Regime RegimeFor(OffenceFacts facts)
    {
        var violations = new List<FieldViolation>();
        if (!Enum.IsDefined(facts.Category)) violations.Add(new("category", "is not a report category"));
        if (facts.Impact is { } impact && !Enum.IsDefined(impact))
            violations.Add(new("impact", "must be UnitKerja, Instansi or Negara, or left out until the examination finds it"));
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
            if (!_catalogue.ContainsKey(code))
                violations.Add(new($"priorSanctionsOfSameKind[{i}].code",
                    $"'{code}' is not in the sanction catalogue of policy version {VersionId}"));
        }
        if (violations.Count > 0) throw new ValidationFailedException(violations);
        return regime;
    }

    /// <summary>
    /// Prior sanctions that make this offence a repeat: decided before the offence (by instant: earlier the same day
    /// counts, later the same day does not) and, when the version sets a lookback, within it. A sanction of another
    /// regime (a contract-staff sanction of someone since appointed PPPK) is no prior hukuman disiplin and does not count.
    /// </summary>
    private List<PriorSanction> CountedPriors(OffenceFacts facts, Regime regime)
    {
        var from = Settings.RepeatLookbackMonths is { } months ? Wita.ToLocal(facts.OffenceAt).AddMonths(-months) : DateTimeOffset.MinValue;
        return facts.PriorSanctionsOfSameKind
            .Where(p => p.DecidedAt >= from && p.DecidedAt < facts.OffenceAt && regime.Resolve(p.Code) is not null)
            .ToList();
    }

    private static int Position(Regime regime, string code)
    {
        var resolved = regime.Resolve(code);
        for (var i = 0; i < regime.Ladder.Count; i++)
            if (regime.Ladder[i] == resolved) return i;
        return -1;
    }
}
