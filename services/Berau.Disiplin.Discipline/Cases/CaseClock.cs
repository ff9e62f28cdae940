namespace Berau.Disiplin.Discipline.Cases;

/// <summary>What a durable clock does when its day comes.</summary>
public enum ClockKind
{
    /// <summary>The sanction comes into force (day 15 from receipt), unless an objection waits for its decision.</summary>
    InForce = 1,
    /// <summary>The serving period (the catalogue's months from the in-force date) ended.</summary>
    Served = 2,
}

/// <summary>
/// A stored due date of a case (table <c>case_clocks</c>): written when the date becomes known (at delivery), fired once
/// by <see cref="ClockWatch"/> on or after its day, and then kept with when it fired and what it did.
/// </summary>
public sealed class CaseClock
{
    public required Guid Id { get; init; }
    public required Guid CaseId { get; init; }
    public required ClockKind Kind { get; init; }
    /// <summary>The WITA day it fires on.</summary>
    public required DateOnly DueOn { get; init; }
    /// <summary>For <see cref="ClockKind.Served"/> and an <see cref="ClockKind.InForce"/> with a period: its months.</summary>
    public int? DurationMonths { get; init; }
    public DateTimeOffset? FiredAt { get; private set; }
    /// <summary>What firing did: "InForce", "Served", or why it did nothing (e.g. "Annulled").</summary>
    public string? Outcome { get; private set; }

    public void Fired(DateTimeOffset now, string outcome)
    {
        FiredAt = now;
        Outcome = outcome;
    }
}
