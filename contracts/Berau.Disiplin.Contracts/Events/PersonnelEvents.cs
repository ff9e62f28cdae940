using MassTransit;

namespace Berau.Disiplin.Contracts.Events;

/// <summary>
/// An employee was moved to another unit or position (mutasi), by decree (SK). <c>CaseId</c> and <c>ReportId</c> are
/// set when the transfer carries out a discipline case.
/// </summary>
[EntityName("disiplin.personnel.employee-transferred.v1")]
[MessageUrn("disiplin.personnel.employee-transferred.v1")]
public sealed record EmployeeTransferred : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid TransferId { get; init; }
    public required Guid? CaseId { get; init; }
    public required string SubjectNip { get; init; }
    public required string FromUnitCode { get; init; }
    public required string ToUnitCode { get; init; }
    public required string ToPosition { get; init; }
    public required string DecreeNumber { get; init; }
    public required DateOnly EffectiveDate { get; init; }
    public Guid? ReportId { get; init; }
}

/// <summary>Personnel refused a requested transfer, with the reason.</summary>
[EntityName("disiplin.personnel.transfer-rejected.v1")]
[MessageUrn("disiplin.personnel.transfer-rejected.v1")]
public sealed record TransferRejected : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid? CaseId { get; init; }
    public required string SubjectNip { get; init; }
    public required string ToUnitCode { get; init; }
    public required string Reason { get; init; }
    public Guid? ReportId { get; init; }
}
