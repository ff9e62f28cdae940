using MassTransit;

namespace Berau.Disiplin.Contracts.Events;

/// <summary>A report of misconduct (laporan) was received.</summary>
[EntityName("disiplin.reporting.report-submitted.v1")]
[MessageUrn("disiplin.reporting.report-submitted.v1")]
public sealed record ReportSubmitted : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string Category { get; init; }
    public required DateTimeOffset IncidentAt { get; init; }
    public required string TriageOutcome { get; init; }
    public required Guid? DuplicateOf { get; init; }
}

/// <summary>
/// A verifier confirmed a report: Discipline opens a case for it. Carries everything the sanction policy needs, as
/// the verifier found it and as Personnel knew the employee at triage.
/// </summary>
[EntityName("disiplin.reporting.report-confirmed.v1")]
[MessageUrn("disiplin.reporting.report-confirmed.v1")]
public sealed record ReportConfirmed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }

    /// <summary>PersonalSocialMedia, Absence, MisuseOfFacilities, MisconductTowardsPublic or Other.</summary>
    public required string Category { get; init; }

    public required DateTimeOffset IncidentAt { get; init; }
    public required string Findings { get; init; }
    public required string VerifiedBy { get; init; }
    public required string BapNumber { get; init; }

    /// <summary>InUniform, OnOfficePremises, LiveBroadcast, DuringServiceHoursAtFrontLineCounter.</summary>
    public required IReadOnlyList<string> AggravatingFacts { get; init; }

    /// <summary>Unit (unit kerja), Institution (instansi) or State (negara/pemerintah).</summary>
    public required string Impact { get; init; }

    /// <summary>LikelyViolation, OfficialAccount, OutsideWorkingHours, SubjectUnknown or Pending.</summary>
    public required string TriageOutcome { get; init; }

    public required string? SubjectName { get; init; }
    public required string? UnitCode { get; init; }

    /// <summary>Pns, Pppk or Contract; null when Personnel did not say.</summary>
    public required string? EmploymentType { get; init; }

    /// <summary>JptPratama, Administrator, Pengawas, Pelaksana or Fungsional; null when unknown.</summary>
    public required string? PositionLevel { get; init; }

    /// <summary>Whether the employee's unit is a front-line public-service unit.</summary>
    public required bool FrontLine { get; init; }

    public required int AbsenceDaysThisYear { get; init; }
    public required int ConsecutiveAbsenceDays { get; init; }
    public required string? Platform { get; init; }
    public required string? Account { get; init; }
}

/// <summary>A verifier dismissed a report (not proven, not a violation, not our authority).</summary>
[EntityName("disiplin.reporting.report-dismissed.v1")]
[MessageUrn("disiplin.reporting.report-dismissed.v1")]
public sealed record ReportDismissed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string Reason { get; init; }
}

/// <summary>
/// Triage completed after the submission: Personnel did not answer when the report came in, and has now. Carries the
/// employee as Personnel knows them, so a case opened meanwhile (the report confirmed while triage was pending) learns
/// the employment type and position level it was opened without.
/// </summary>
[EntityName("disiplin.reporting.report-triaged.v1")]
[MessageUrn("disiplin.reporting.report-triaged.v1")]
public sealed record ReportTriaged : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }

    /// <summary>LikelyViolation, OfficialAccount, OutsideWorkingHours or SubjectUnknown.</summary>
    public required string TriageOutcome { get; init; }

    /// <summary>The report's status when triage completed: Submitted, UnderVerification, Confirmed, Dismissed or Duplicate.</summary>
    public required string ReportStatus { get; init; }

    public required string? SubjectName { get; init; }
    public required string? UnitCode { get; init; }

    /// <summary>Pns, Pppk or Contract; null when Personnel did not say.</summary>
    public required string? EmploymentType { get; init; }

    /// <summary>JptPratama, Administrator, Pengawas, Pelaksana or Fungsional; null when unknown.</summary>
    public required string? PositionLevel { get; init; }

    /// <summary>Whether the employee's unit is a front-line public-service unit.</summary>
    public required bool FrontLine { get; init; }
}
