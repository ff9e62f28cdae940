using MassTransit;

namespace Berau.Disiplin.Contracts.Events;

/// <summary>A discipline case (perkara disiplin) was opened for a confirmed report.</summary>
[EntityName("disiplin.discipline.case-opened.v1")]
[MessageUrn("disiplin.discipline.case-opened.v1")]
public sealed record CaseOpened : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string Category { get; init; }
}

/// <summary>
/// A warning (a ringan sanction: teguran lisan, teguran tertulis or pernyataan tidak puas secara tertulis, PP 94/2021
/// Pasal 8 ayat (2)) was issued, with its letter number and dates.
/// </summary>
[EntityName("disiplin.discipline.warning-issued.v1")]
[MessageUrn("disiplin.discipline.warning-issued.v1")]
public sealed record WarningIssued : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    /// <summary>R1, R2 or R3 (or the contract-staff rule set's code).</summary>
    public required string SanctionCode { get; init; }
    /// <summary>The sanction's name in Indonesian, e.g. "teguran tertulis".</summary>
    public required string Sanction { get; init; }
    public required string LetterNumber { get; init; }
    public required string IssuedBy { get; init; }
    /// <summary>In force from this day unless an objection is filed.</summary>
    public required DateOnly EffectiveDate { get; init; }
    /// <summary>The letter must reach the employee by this day.</summary>
    public required DateOnly DeliveryDeadline { get; init; }
    /// <summary>The last day to file an objection (keberatan).</summary>
    public required DateOnly ObjectionDeadline { get; init; }
    public required string PolicyVersion { get; init; }
    public required string? RuleId { get; init; }
    public required string Explanation { get; init; }
}

/// <summary>A heavier sanction (sedang or berat, PP 94/2021 Pasal 8 ayat (3) and (4)) was imposed by an entitled official.</summary>
[EntityName("disiplin.discipline.sanction-imposed.v1")]
[MessageUrn("disiplin.discipline.sanction-imposed.v1")]
public sealed record SanctionImposed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string SanctionCode { get; init; }
    public required string Sanction { get; init; }
    public required string Level { get; init; }
    public required string DecisionNumber { get; init; }
    public required string DecidedBy { get; init; }
    public required DateOnly EffectiveDate { get; init; }
    public required DateOnly DeliveryDeadline { get; init; }
    public required DateOnly ObjectionDeadline { get; init; }
    public required string PolicyVersion { get; init; }
    public required string? RuleId { get; init; }
    public required string Explanation { get; init; }
}

/// <summary>Discipline asks Personnel to move the employee (mutasi). A transfer is not a sanction.</summary>
[EntityName("disiplin.discipline.transfer-requested.v1")]
[MessageUrn("disiplin.discipline.transfer-requested.v1")]
public sealed record TransferRequested : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string ToUnitCode { get; init; }
    public required string ToPosition { get; init; }
    public required string DecreeNumber { get; init; }
    public required DateOnly EffectiveDate { get; init; }
    public required string Reason { get; init; }
}

/// <summary>The employee filed an objection (keberatan) against a sanction.</summary>
[EntityName("disiplin.discipline.objection-filed.v1")]
[MessageUrn("disiplin.discipline.objection-filed.v1")]
public sealed record ObjectionFiled : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required Guid ObjectionId { get; init; }
}

/// <summary>An official decided an objection: the sanction is upheld, lightened or annulled.</summary>
[EntityName("disiplin.discipline.objection-decided.v1")]
[MessageUrn("disiplin.discipline.objection-decided.v1")]
public sealed record ObjectionDecided : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required Guid ObjectionId { get; init; }
    /// <summary>Upheld, Lightened or Annulled.</summary>
    public required string Outcome { get; init; }
    /// <summary>The sanction that stands; null when annulled.</summary>
    public required string? SanctionCode { get; init; }
    public required string DecidedBy { get; init; }
}

/// <summary>A case was closed: its sanction is final (or annulled) and any transfer is done.</summary>
[EntityName("disiplin.discipline.case-closed.v1")]
[MessageUrn("disiplin.discipline.case-closed.v1")]
public sealed record CaseClosed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    /// <summary>The final sanction code, "Annulled", or "NoSanction".</summary>
    public required string Outcome { get; init; }
}

/// <summary>
/// A delivered sanction came into force on its day (day 15 from receipt, as the policy counts it), no objection or
/// appeal pending. Raised once, by the durable clock stored at delivery.
/// </summary>
[EntityName("disiplin.discipline.sanction-in-force.v1")]
[MessageUrn("disiplin.discipline.sanction-in-force.v1")]
public sealed record SanctionInForce : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string LetterNumber { get; init; }
    public required string SanctionCode { get; init; }
    public required string Sanction { get; init; }
    public required DateOnly EffectiveDate { get; init; }
    /// <summary>The last day of the serving period (6/9/12 months for sedang and B1/B2); null when it has none.</summary>
    public required DateOnly? ServedOn { get; init; }
}

/// <summary>
/// The serving period of a sedang or B1/B2 sanction (the catalogue's <c>durationMonths</c>, counted from the in-force
/// date) ended. Raised once, by the durable clock stored at delivery.
/// </summary>
[EntityName("disiplin.discipline.sanction-served.v1")]
[MessageUrn("disiplin.discipline.sanction-served.v1")]
public sealed record SanctionServed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid ReportId { get; init; }
    public required string SubjectNip { get; init; }
    public required string LetterNumber { get; init; }
    public required string SanctionCode { get; init; }
    public required DateOnly EffectiveDate { get; init; }
    public required int DurationMonths { get; init; }
    /// <summary>The last day of the period; the employee is clear from the day after.</summary>
    public required DateOnly ServedOn { get; init; }
}
