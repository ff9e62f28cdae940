using MassTransit;

namespace Berau.Disiplin.Contracts.Events;

/// <summary>
/// An employee was moved to another unit or position (mutasi), by decree (SK). <c>CaseId</c> and <c>ReportId</c> are
/// set when the transfer carries out a discipline case.
/// </summary>
[EntityName("disiplin.personnel.employee-transferred.v1")]
[MessageUrn("disiplin.personnel.employee-transferred.v1")]
public sealed record EmployeeTransferred(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TransferId,
    Guid? CaseId,
    string SubjectNip,
    string FromUnitCode,
    string ToUnitCode,
    string ToPosition,
    string DecreeNumber,
    DateOnly EffectiveDate,
    Guid? ReportId = null) : IIntegrationEvent;

/// <summary>Personnel refused a requested transfer, with the reason.</summary>
[EntityName("disiplin.personnel.transfer-rejected.v1")]
[MessageUrn("disiplin.personnel.transfer-rejected.v1")]
public sealed record TransferRejected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid? CaseId,
    string SubjectNip,
    string ToUnitCode,
    string Reason,
    Guid? ReportId = null) : IIntegrationEvent;
