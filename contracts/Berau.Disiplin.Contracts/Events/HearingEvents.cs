using MassTransit;

namespace Berau.Disiplin.Contracts.Events;

// The hearing PP 94/2021 requires before any sanction (Pasal 26–27), and what follows the decision. Every event
// carries its own id, when it happened, the case and report ids and the subject's NIP, never the reporter.

/// <summary>The atasan langsung (or the tim pemeriksa) summoned the employee in writing (surat panggilan I or II).</summary>
[EntityName("disiplin.discipline.summons-issued.v1")]
[MessageUrn("disiplin.discipline.summons-issued.v1")]
public sealed record SummonsIssued : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    /// <summary>1 or 2.</summary>
    public required int SummonsNumber { get; init; }
    public required string LetterNumber { get; init; }
    public required DateOnly LetterDate { get; init; }
    public required DateTimeOffset ExaminationAt { get; init; }
    /// <summary>A room, or a virtual meeting link.</summary>
    public required string Place { get; init; }
    public required string ExaminerNip { get; init; }
}

/// <summary>The employee did not come to the examination a summons set.</summary>
/// <param name="DecisionOnEvidence">True after the second summons: the decision may now rest on the evidence.</param>
[EntityName("disiplin.discipline.summons-missed.v1")]
[MessageUrn("disiplin.discipline.summons-missed.v1")]
public sealed record SummonsMissed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required int SummonsNumber { get; init; }
    /// <summary>True after the second missed summons: the decision may rest on the evidence.</summary>
    public required bool DecisionOnEvidence { get; init; }
}

/// <summary>The employee was examined and the BAP recorded, with the finding.</summary>
[EntityName("disiplin.discipline.examination-recorded.v1")]
[MessageUrn("disiplin.discipline.examination-recorded.v1")]
public sealed record ExaminationRecorded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string BapNumber { get; init; }
    public required DateTimeOffset ExaminedAt { get; init; }
    public required IReadOnlyList<string> ExaminerNips { get; init; }
    public required bool Proven { get; init; }
    /// <summary>UnitKerja, Instansi or Negara when proven; null when not proven.</summary>
    public string? Impact { get; init; }
    public required bool SignedByEmployee { get; init; }
}

/// <summary>
/// The finding lies beyond the examiner's authority: the case goes with the BAP to the official the authority matrix
/// names in the employee's line, who decides.
/// </summary>
[EntityName("disiplin.discipline.case-forwarded.v1")]
[MessageUrn("disiplin.discipline.case-forwarded.v1")]
public sealed record CaseForwarded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string ToOfficialNip { get; init; }
    /// <summary>Ringan, Sedang or Berat: the level to decide.</summary>
    public required string Level { get; init; }
    public string? BapNumber { get; init; }
}

/// <summary>
/// The atasan langsung has not summoned the employee within the policy's window. PP 94/2021 Pasal 28 sanctions that
/// inaction, so BKPSDM and the atasan's own superior need to know.
/// </summary>
[EntityName("disiplin.discipline.summons-overdue.v1")]
[MessageUrn("disiplin.discipline.summons-overdue.v1")]
public sealed record SummonsOverdue : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public string? AtasanNip { get; init; }
    public required DateOnly DueDate { get; init; }
}

/// <summary>The PPK (or designee) formed a tim pemeriksa for the case.</summary>
[EntityName("disiplin.discipline.examination-team-formed.v1")]
[MessageUrn("disiplin.discipline.examination-team-formed.v1")]
public sealed record ExaminationTeamFormed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string DecreeNumber { get; init; }
    public required IReadOnlyList<string> MemberNips { get; init; }
}

/// <summary>The employee was temporarily released from duty (pembebasan sementara) while a berat case is examined.</summary>
[EntityName("disiplin.discipline.suspended-from-duty.v1")]
[MessageUrn("disiplin.discipline.suspended-from-duty.v1")]
public sealed record SuspendedFromDuty : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string DecreeNumber { get; init; }
    public required DateOnly FromDate { get; init; }
    public required string ActingOfficialNip { get; init; }
}

/// <summary>The decision letter reached the employee (received in person, or sent when absent); its dates run from here.</summary>
/// <param name="Method">InPerson or Sent.</param>
[EntityName("disiplin.discipline.decision-delivered.v1")]
[MessageUrn("disiplin.discipline.decision-delivered.v1")]
public sealed record DecisionDelivered : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string LetterNumber { get; init; }
    /// <summary>InPerson or Sent.</summary>
    public required string Method { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required DateOnly EffectiveDate { get; init; }
    public required DateOnly ObjectionDeadline { get; init; }
}
