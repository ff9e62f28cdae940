namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// One rule of the policy: when its conditions hold, it proposes a sanction. Every rule cites the article it
/// implements and explains itself in words an official can read out. Several rules may match one act; the
/// heaviest sanction wins (one act, one sanction).
/// </summary>
public sealed record PolicyRule
{
    /// <summary>Stable id stored with each decision, e.g. "medsos-pribadi-diperberat".</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required RuleConditions When { get; init; }
    /// <summary>The catalogue code the rule yields (as for a PNS; other employment types translate it on their
    /// ladder). Leave empty when <see cref="OneStepHeavierThanLastPrior"/> or <see cref="OfficialDecides"/> is set.</summary>
    public string? Sanction { get; init; }
    /// <summary>Yields the sanction one step above the last prior sanction of the same kind on the employee's
    /// ladder, capped at the heaviest the employment type allows.</summary>
    public bool OneStepHeavierThanLastPrior { get; init; }
    /// <summary>The rule proposes no sanction: the facts it matches do not tell the level, so the official with
    /// authority decides it from the examination's findings (e.g. a breach named only as "other", whose obligation or
    /// prohibition may have no ringan sanction at all). When such a rule matches, the policy proposes nothing.</summary>
    public bool OfficialDecides { get; init; }
    /// <summary>Whether the rule recommends moving the employee away from a front-line post. A transfer is not a
    /// sanction under PP 94/2021: it is a personnel decision of the PPK, only recommended here.</summary>
    public bool RecommendTransfer { get; init; }
    public string? TransferReason { get; init; }
    /// <summary>The article the rule implements, e.g. "PP 94/2021 Pasal 4 huruf f jo. Pasal 8 ayat (2) huruf a".</summary>
    public required string Article { get; init; }
    /// <summary>How sure the cited article is: V, S, U, or B where the rule rests on Berau's own rules alone.</summary>
    public required Confidence Confidence { get; init; }
    /// <summary>Whether the regulation names the sanction itself or only its level, leaving the choice to Berau. Not
    /// stated in versions published before it existed.</summary>
    public SanctionChosenBy? SanctionChosenBy { get; init; }
    /// <summary>Why the rule is as it is, for whoever changes it next. Never shown in a decision.</summary>
    public string? Note { get; init; }
    /// <summary>The explanation given with the decision. Placeholders: see <see cref="SanctionPolicy.Placeholders"/>.</summary>
    public required string Explanation { get; init; }
}

/// <summary>
/// The facts a rule requires. A condition left out (null) does not matter; every condition given must hold.
/// </summary>
public sealed record RuleConditions
{
    public IReadOnlyList<OffenceCategory>? Categories { get; init; }
    public IReadOnlyList<EmploymentType>? EmploymentTypes { get; init; }
    public IReadOnlyList<Impact>? Impacts { get; init; }
    /// <summary>At least one of these aggravating facts is present.</summary>
    public IReadOnlyList<AggravatingFact>? AggravatingAnyOf { get; init; }
    /// <summary>All of these aggravating facts are present.</summary>
    public IReadOnlyList<AggravatingFact>? AggravatingAllOf { get; init; }
    public bool? FrontLineUnit { get; init; }
    public IntRange? AbsenceDaysInYear { get; init; }
    public IntRange? ConsecutiveAbsenceDays { get; init; }
    /// <summary>True: the employee has a prior sanction of the same kind (within the lookback); false: none.</summary>
    public bool? RepeatOfSameKind { get; init; }

    /// <summary>Whether the facts meet every condition. An impact not yet found meets no impact condition; with
    /// <paramref name="ignoringImpact"/> the impact condition is left out (to tell whether the impact would decide).</summary>
    internal bool AreMetBy(OffenceFacts facts, bool isRepeat, bool ignoringImpact = false) =>
        (Categories is null || Categories.Contains(facts.Category))
        && (EmploymentTypes is null || EmploymentTypes.Contains(facts.EmploymentType))
        && (ignoringImpact || Impacts is null || (facts.Impact is { } impact && Impacts.Contains(impact)))
        && (AggravatingAnyOf is null || AggravatingAnyOf.Any(facts.Aggravating.Contains))
        && (AggravatingAllOf is null || AggravatingAllOf.All(facts.Aggravating.Contains))
        && (FrontLineUnit is null || FrontLineUnit == facts.FrontLineUnit)
        && (AbsenceDaysInYear is null || AbsenceDaysInYear.Contains(facts.AbsenceDaysInYear))
        && (ConsecutiveAbsenceDays is null || ConsecutiveAbsenceDays.Contains(facts.ConsecutiveAbsenceDays))
        && (RepeatOfSameKind is null || RepeatOfSameKind == isRepeat);
}
