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

/// <summary>
/// A warning (a ringan sanction: teguran lisan, teguran tertulis or pernyataan tidak puas secara tertulis, PP 94/2021
/// Pasal 8 ayat (2)) was issued, with its letter number and dates.
/// </summary>
/// <param name="SanctionCode">R1, R2 or R3 (or the contract-staff rule set's code).</param>
/// <param name="Sanction">The sanction's name in Indonesian, e.g. "teguran tertulis".</param>
/// <param name="DeliveryDeadline">The letter must reach the employee by this day.</param>
/// <param name="EffectiveDate">In force from this day unless an objection is filed.</param>
/// <param name="ObjectionDeadline">The last day to file an objection (keberatan).</param>
[EntityName("disiplin.discipline.warning-issued.v1")]
[MessageUrn("disiplin.discipline.warning-issued.v1")]
public sealed record WarningIssued(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    string SanctionCode,
    string Sanction,
    string LetterNumber,
    string IssuedBy,
    DateOnly EffectiveDate,
    DateOnly DeliveryDeadline,
    DateOnly ObjectionDeadline,
    string PolicyVersion,
    string? RuleId,
    string Explanation) : IIntegrationEvent;

/// <summary>A heavier sanction (sedang or berat, PP 94/2021 Pasal 8 ayat (3) and (4)) was imposed by an entitled official.</summary>
[EntityName("disiplin.discipline.sanction-imposed.v1")]
[MessageUrn("disiplin.discipline.sanction-imposed.v1")]
public sealed record SanctionImposed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    string SanctionCode,
    string Sanction,
    string Level,
    string DecisionNumber,
    string DecidedBy,
    DateOnly EffectiveDate,
    DateOnly DeliveryDeadline,
    DateOnly ObjectionDeadline,
    string PolicyVersion,
    string? RuleId,
    string Explanation) : IIntegrationEvent;

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

/// <summary>An official decided an objection: the sanction is upheld, lightened or annulled.</summary>
/// <param name="Outcome">Upheld, Lightened or Annulled.</param>
/// <param name="SanctionCode">The sanction that stands; null when annulled.</param>
[EntityName("disiplin.discipline.objection-decided.v1")]
[MessageUrn("disiplin.discipline.objection-decided.v1")]
public sealed record ObjectionDecided(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    Guid ObjectionId,
    string Outcome,
    string? SanctionCode,
    string DecidedBy) : IIntegrationEvent;

/// <summary>A case was closed: its sanction is final (or annulled) and any transfer is done.</summary>
/// <param name="Outcome">The final sanction code, "Annulled", or "NoSanction".</param>
[EntityName("disiplin.discipline.case-closed.v1")]
[MessageUrn("disiplin.discipline.case-closed.v1")]
public sealed record CaseClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    string Outcome) : IIntegrationEvent;
