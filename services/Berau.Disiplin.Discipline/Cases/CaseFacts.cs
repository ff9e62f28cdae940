using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// What the verifier found and what Personnel knew of the employee at triage, in the policy's own terms: translated
/// from <c>ReportConfirmed</c> once, when the case opens, and read by the policy as they are.
/// </summary>
public sealed record CaseFacts
{
    /// <summary>When the offence happened (stored in UTC).</summary>
    public required DateTimeOffset IncidentAt { get; init; }
    public required IReadOnlyList<AggravatingFact> AggravatingFacts { get; init; }
    public required Impact Impact { get; init; }
    /// <summary>As Personnel gave it; null when it did not say (triage pending at confirmation).</summary>
    public EmploymentType? EmploymentType { get; init; }
    /// <summary>As Personnel gave it; null when unknown, and then only the Bupati may decide.</summary>
    public PositionLevel? PositionLevel { get; init; }
    /// <summary>Whether the employee's unit is a front-line service unit (unit layanan garis depan).</summary>
    public bool FrontLine { get; init; }
    public int AbsenceDaysThisYear { get; init; }
    public int ConsecutiveAbsenceDays { get; init; }

    /// <summary>The rule set that applies: an employment type Personnel did not give is read as PNS, the common case.</summary>
    public EmploymentType RuleSet => EmploymentType ?? Policy.EmploymentType.Pns;

    /// <summary>The facts as the policy weighs them, with the employee's earlier sanctions of the same kind.</summary>
    public OffenceFacts ForPolicy(OffenceCategory category, IReadOnlyList<PriorSanction> priorSanctionsOfSameKind) => new()
    {
        Category = category,
        EmploymentType = RuleSet,
        OffenceAt = IncidentAt,
        Aggravating = AggravatingFacts.ToList(),
        FrontLineUnit = FrontLine,
        Impact = Impact,
        AbsenceDaysInYear = AbsenceDaysThisYear,
        ConsecutiveAbsenceDays = ConsecutiveAbsenceDays,
        PriorSanctionsOfSameKind = priorSanctionsOfSameKind,
    };
}

/// <summary>A confirmed report in the case's terms: who, what kind of offence, the facts and who verified them.</summary>
public sealed record ConfirmedReport(
    Guid ReportId,
    string SubjectNip,
    string? SubjectName,
    string? UnitCode,
    OffenceCategory Category,
    CaseFacts Facts,
    string VerifiedBy,
    string BapNumber);
