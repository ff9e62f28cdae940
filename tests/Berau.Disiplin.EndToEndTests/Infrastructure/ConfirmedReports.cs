using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>A ReportConfirmed as Reporting publishes it, for tests that put it on the broker themselves.</summary>
public static class ConfirmedReports
{
    /// <summary>A confirmed personal live of <paramref name="clerk"/>; type and level unknown when triage was pending.</summary>
    public static ReportConfirmed PersonalLive(Employee clerk, string unitCode, bool triagePending = false) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, ReportId = Guid.CreateVersion7(),
        SubjectNip = clerk.Nip, Category = "PersonalSocialMedia", IncidentAt = DateTimeOffset.UtcNow.AddHours(-3),
        Findings = "Terbukti", VerifiedBy = "kasi-pelayanan", BapNumber = "BAP 800/044",
        AggravatingFacts = ["InUniform", "LiveBroadcast"], Impact = "Unit",
        TriageOutcome = triagePending ? "Pending" : "LikelyViolation",
        SubjectName = clerk.Name, UnitCode = unitCode,
        EmploymentType = triagePending ? null : clerk.EmploymentType.ToString(),
        PositionLevel = triagePending ? null : clerk.PositionLevel.ToString(),
        FrontLine = false, AbsenceDaysThisYear = 0, ConsecutiveAbsenceDays = 0, Platform = "tiktok",
        Account = "rina.live.berau",
    };
}
