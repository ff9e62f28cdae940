using MassTransit;

namespace Berau.Disiplin.Contracts.Events;

/// <summary>A report of misconduct (laporan) was received.</summary>
[EntityName("disiplin.reporting.report-submitted.v1")]
[MessageUrn("disiplin.reporting.report-submitted.v1")]
public sealed record ReportSubmitted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReportId,
    string SubjectNip,
    string Category,
    DateTimeOffset IncidentAt) : IIntegrationEvent;

/// <summary>A verifier confirmed a report: Discipline opens a case for it.</summary>
[EntityName("disiplin.reporting.report-confirmed.v1")]
[MessageUrn("disiplin.reporting.report-confirmed.v1")]
public sealed record ReportConfirmed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReportId,
    string SubjectNip,
    string Category,
    DateTimeOffset IncidentAt,
    string Findings,
    string VerifiedBy) : IIntegrationEvent;

/// <summary>A verifier dismissed a report (not proven, not a violation, not our authority).</summary>
[EntityName("disiplin.reporting.report-dismissed.v1")]
[MessageUrn("disiplin.reporting.report-dismissed.v1")]
public sealed record ReportDismissed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReportId,
    string SubjectNip,
    string Reason) : IIntegrationEvent;
