using MassTransit;

namespace Berau.Disiplin.Contracts.Events;

/// <summary>A discipline case (perkara disiplin) was opened for a confirmed report.</summary>
[EntityName("disiplin.discipline.case-opened.v1")]
[MessageUrn("disiplin.discipline.case-opened.v1")]
public sealed record CaseOpened(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    string Category) : IIntegrationEvent;

/// <summary>A warning (teguran lisan or tertulis) was issued.</summary>
[EntityName("disiplin.discipline.warning-issued.v1")]
[MessageUrn("disiplin.discipline.warning-issued.v1")]
public sealed record WarningIssued(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    string Sanction,
    string LetterNumber,
    DateOnly EffectiveDate,
    DateOnly DeliveryDeadline) : IIntegrationEvent;

/// <summary>A heavier sanction (sedang or berat, PP 94/2021 Pasal 8) was imposed by an entitled official.</summary>
[EntityName("disiplin.discipline.sanction-imposed.v1")]
[MessageUrn("disiplin.discipline.sanction-imposed.v1")]
public sealed record SanctionImposed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    string Sanction,
    string Level,
    string DecisionNumber,
    string DecidedBy,
    DateOnly EffectiveDate) : IIntegrationEvent;

/// <summary>Discipline asks Personnel to move the employee (mutasi). A transfer is not a sanction.</summary>
[EntityName("disiplin.discipline.transfer-requested.v1")]
[MessageUrn("disiplin.discipline.transfer-requested.v1")]
public sealed record TransferRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    string ToUnitCode,
    string ToPosition,
    string DecreeNumber,
    DateOnly EffectiveDate,
    string Reason) : IIntegrationEvent;

/// <summary>The employee filed an objection (keberatan) against a sanction.</summary>
[EntityName("disiplin.discipline.objection-filed.v1")]
[MessageUrn("disiplin.discipline.objection-filed.v1")]
public sealed record ObjectionFiled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    Guid ObjectionId) : IIntegrationEvent;

/// <summary>A case was closed: its sanction is final and any transfer is done.</summary>
[EntityName("disiplin.discipline.case-closed.v1")]
[MessageUrn("disiplin.discipline.case-closed.v1")]
public sealed record CaseClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    string Outcome) : IIntegrationEvent;
