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
    /// <summary>The deciding official's NIP (a token's subject for sanctions decided before the hearing existed).</summary>
    public required string DecidedBy { get; init; }
    /// <summary>The deciding official's level, as Personnel gave it.</summary>
    public PositionLevel? DecidedByLevel { get; init; }
    /// <summary>The deciding official as Personnel's chain named them; null for sanctions decided before the hearing existed.</summary>
    public Official? DecidedByOfficial { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
    /// <summary>The examination the decision rests on; null when it rests on the evidence (two summonses missed).</summary>
    public string? BasisBapNumber { get; init; }
    /// <summary>The letter must reach the employee by this day.</summary>
    public required DateOnly DeliveryDeadline { get; init; }
    /// <summary>Null until the letter is delivered.</summary>
    public DeliveryMethod? DeliveryMethod { get; init; }
    /// <summary>The day the employee received the letter (or it was sent): the dates below run from it. Null until then.</summary>
    public DateOnly? ReceivedOn { get; init; }
    /// <summary>In force from this day unless an objection is filed; null until the letter is delivered.</summary>
    public DateOnly? EffectiveDate { get; init; }
    /// <summary>The last day to file an objection (keberatan), inclusive; null until the letter is delivered.</summary>
    public DateOnly? ObjectionDeadline { get; init; }
    /// <summary>
    /// The dates were counted across a year whose holidays are not set in Personnel (<see cref="DatesUnconfiguredYears"/>):
    /// shown as provisional (sementara), never as settled.
    /// </summary>
    public bool DatesProvisional { get; init; }
    /// <summary>The years whose holidays were not set when the dates were counted; empty when they are settled.</summary>
    public IReadOnlyList<int> DatesUnconfiguredYears { get; init; } = [];
    /// <summary>The policy rule it follows; null when the official departed from the proposal.</summary>
    public string? RuleId { get; init; }
    public required string Explanation { get; init; }
    public DateTimeOffset? FinalAt { get; init; }

    public bool Delivered => ReceivedOn is not null;
}

/// <summary>The sanction chosen for a case, before it has a letter and dates.</summary>
/// <param name="RuleId">The rule that proposed it; null when the official departed from the proposal.</param>
public sealed record SanctionChoice(SanctionType Sanction, string? RuleId, string Explanation);

/// <summary>The dates of a decision, counted on the policy version's settings from a given day.</summary>
/// <param name="SendBy">
/// The last day the letter may be sent to the employee's address when he did not come to collect it (the policy's
/// <c>sendWhenNotCollected</c> from the decision day); null when not counted.
/// </param>
/// <param name="UnconfiguredYears">
/// The years, crossed by a working-day count, whose holidays are not set in Personnel: the dates are provisional.
/// </param>
public sealed record SanctionDates(DateOnly DeliveryDeadline, DateOnly EffectiveDate, DateOnly ObjectionDeadline,
    DateOnly? SendBy = null, IReadOnlyList<int>? UnconfiguredYears = null)
{
    /// <summary>Counted across a year whose holidays are not set: the dates may move once it is set.</summary>
    public bool Provisional => UnconfiguredYears is { Count: > 0 };
}
