using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>A sanction as the decision letter states it (surat teguran / surat keputusan), and where it stands.</summary>
public sealed record SanctionDecision
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required SanctionLevel Level { get; init; }
    public required SanctionStatus Status { get; init; }
    public required string LetterNumber { get; init; }
    public required string DecidedBy { get; init; }
    /// <summary>The deciding official's level, when known: an objection goes to a superior of it.</summary>
    public PositionLevel? DecidedByLevel { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
    /// <summary>The letter must reach the employee by this day.</summary>
    public required DateOnly DeliveryDeadline { get; init; }
    /// <summary>In force from this day unless an objection is filed.</summary>
    public required DateOnly EffectiveDate { get; init; }
    /// <summary>The last day to file an objection (keberatan), inclusive.</summary>
    public required DateOnly ObjectionDeadline { get; init; }
    /// <summary>The policy rule it follows; null when the official departed from the proposal.</summary>
    public string? RuleId { get; init; }
    public required string Explanation { get; init; }
    public DateTimeOffset? FinalAt { get; init; }
}

/// <summary>The sanction chosen for a case, before it has a letter and dates.</summary>
/// <param name="RuleId">The rule that proposed it; null when the official departed from the proposal.</param>
public sealed record SanctionChoice(SanctionType Sanction, string? RuleId, string Explanation);

/// <summary>The three dates of a decision, counted from the decision day on the policy version's settings.</summary>
public sealed record SanctionDates(DateOnly DeliveryDeadline, DateOnly EffectiveDate, DateOnly ObjectionDeadline);

/// <summary>Who decides: a token's subject, and the official's position level when it is known.</summary>
public sealed record Decider(string Id, PositionLevel? Level);
