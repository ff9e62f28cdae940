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
    DateTimeOffset IncidentAt,
    string TriageOutcome,
    Guid? DuplicateOf) : IIntegrationEvent;

/// <summary>
/// A verifier confirmed a report: Discipline opens a case for it. Carries everything the sanction policy needs, as
/// the verifier found it and as Personnel knew the employee at triage.
/// </summary>
/// <param name="Category">PersonalSocialMedia, Absence, MisuseOfFacilities, MisconductTowardsPublic or Other.</param>
/// <param name="AggravatingFacts">InUniform, OnOfficePremises, LiveBroadcast, DuringServiceHoursAtFrontLineCounter.</param>
/// <param name="Impact">Unit (unit kerja), Institution (instansi) or State (negara/pemerintah).</param>
/// <param name="TriageOutcome">LikelyViolation, OfficialAccount, OutsideWorkingHours, SubjectUnknown or Pending.</param>
/// <param name="EmploymentType">Pns, Pppk or Contract; null when Personnel did not say.</param>
/// <param name="PositionLevel">JptPratama, Administrator, Pengawas, Pelaksana or Fungsional; null when unknown.</param>
/// <param name="FrontLine">Whether the employee's unit is a front-line public-service unit.</param>
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
    string VerifiedBy,
    string BapNumber,
    IReadOnlyList<string> AggravatingFacts,
    string Impact,
    string TriageOutcome,
    string? SubjectName,
    string? UnitCode,
    string? EmploymentType,
    string? PositionLevel,
    bool FrontLine,
    int AbsenceDaysThisYear,
    int ConsecutiveAbsenceDays,
    string? Platform,
    string? Account) : IIntegrationEvent;

/// <summary>A verifier dismissed a report (not proven, not a violation, not our authority).</summary>
[EntityName("disiplin.reporting.report-dismissed.v1")]
[MessageUrn("disiplin.reporting.report-dismissed.v1")]
public sealed record ReportDismissed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReportId,
    string SubjectNip,
    string Reason) : IIntegrationEvent;
