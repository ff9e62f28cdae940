using MassTransit;

namespace Berau.Disiplin.Contracts.Events;

/// <summary>
/// A unit's head post changed hands or fell vacant. Who heads which unit decides who is whose superior, and so who may
/// act on a discipline case.
/// </summary>
[EntityName("disiplin.personnel.unit-head-changed.v1")]
[MessageUrn("disiplin.personnel.unit-head-changed.v1")]
public sealed record UnitHeadChanged : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string UnitCode { get; init; }
    /// <summary>The new head's NIP; the previous head's when the post fell vacant.</summary>
    public required string SubjectNip { get; init; }
    public string? HeadNip { get; init; }
    public string? PreviousHeadNip { get; init; }
    /// <summary>The level the post carries: JptPratama, Administrator, Pengawas, Fungsional (designated) or Bupati.</summary>
    public string? PositionLevel { get; init; }
    public required bool Designated { get; init; }
}
