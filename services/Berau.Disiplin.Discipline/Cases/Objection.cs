namespace Berau.Disiplin.Discipline.Cases;

/// <summary>The employee's objection (keberatan, PP 79/2021) against the sanction, and its decision.</summary>
public sealed record Objection
{
    public required Guid Id { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset FiledAt { get; init; }
    /// <summary>Null while it waits for a decision.</summary>
    public ObjectionOutcome? Outcome { get; init; }
    public string? DecisionReason { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
}

/// <summary>An official's decision on an objection.</summary>
/// <param name="LighterSanctionCode">For <see cref="ObjectionOutcome.Lightened"/>: the sanction that replaces the one imposed.</param>
public sealed record ObjectionRuling(ObjectionOutcome Outcome, string? LighterSanctionCode, string Reason);
