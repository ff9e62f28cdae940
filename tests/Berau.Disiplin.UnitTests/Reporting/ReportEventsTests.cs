using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Reports;

namespace Berau.Disiplin.UnitTests.Reporting;

/// <summary>The events a report raises as it moves: what the other services hear, and only when the move happens.</summary>
public sealed class ReportEventsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 14, 0, TimeSpan.Zero);
    private const string Nip = "199203152015032001";

    private static readonly Verification Proven =
        new("Terbukti live pribadi", "BAP 800/017", [AggravatingFact.LiveBroadcast, AggravatingFact.InUniform, AggravatingFact.InUniform],
            Impact.Unit, 0, 0);

    private static Report AReceivedReport(ReportCategory category = ReportCategory.PersonalSocialMedia) =>
        Report.Receive(Guid.CreateVersion7(), "LPR-AAAAA-BBBBB",
            new NewReport(Nip, null, null, category, Now.AddHours(-1), 480, "Loket Disdukcapil", "tiktok", "@Rina.Live",
                [], [new EvidenceItem { Kind = EvidenceKind.Link, Value = "https://tiktok.com/@rina.live" }], "Live TikTok pribadi"),
            null, Now);

    private static Report ATriagedReport(ReportCategory category = ReportCategory.PersonalSocialMedia)
    {
        var report = AReceivedReport(category);
        report.RecordTriage(new TriageResult(TriageOutcome.LikelyViolation, "On duty",
            new SubjectSnapshot(Nip, "Rina", "DISDUKCAPIL.PELAYANAN", "Pns", "Pelaksana", FrontLine: true),
            DutyStatus: "OnDuty", AccountNormalized: "rina.live"), Now);
        return report;
    }

    private static Report ASubmittedReport(ReportCategory category = ReportCategory.PersonalSocialMedia)
    {
        var report = ATriagedReport(category);
        report.Submit(duplicateOf: null, Now);
        report.DequeueEvents();
        return report;
    }

    [Fact]
    public void Received_report_announces_nothing_until_it_is_submitted()
    {
        var report = ATriagedReport();

        Assert.Empty(report.PendingEvents);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Received_evidence_gets_its_own_ids()
    {
        var report = AReceivedReport();

        Assert.All(report.Evidence, e => Assert.NotEqual(Guid.Empty, e.Id));
    }

    [Fact]
    public void Submitted_report_raises_ReportSubmitted_with_the_triage_as_it_stands()
    {
        var report = ATriagedReport();
        report.Submit(duplicateOf: null, Now);

        var submitted = Assert.IsType<ReportSubmitted>(Assert.Single(report.PendingEvents));
        Assert.Equal(report.Id, submitted.ReportId);
        Assert.Equal(Nip, submitted.SubjectNip);
        Assert.Equal("PersonalSocialMedia", submitted.Category);
        Assert.Equal("LikelyViolation", submitted.TriageOutcome);
        Assert.Equal(Now.AddHours(-1), submitted.IncidentAt);
        Assert.Equal(Now, submitted.OccurredAt);
        Assert.Null(submitted.DuplicateOf);
        Assert.Equal(7, submitted.EventId.Version);
    }

    [Fact]
    public void Report_of_an_incident_already_reported_is_submitted_as_a_duplicate_linked_to_the_first()
    {
        var original = Guid.CreateVersion7();
        var report = ATriagedReport();
        report.Submit(duplicateOf: original, Now);

        Assert.Equal(ReportStatus.Duplicate, report.Status);
        Assert.Equal(original, report.DuplicateOf);
        Assert.Equal(original, Assert.IsType<ReportSubmitted>(Assert.Single(report.PendingEvents)).DuplicateOf);
    }

    [Fact]
    public void Report_whose_subject_Personnel_has_not_yet_confirmed_is_announced_with_pending_triage()
    {
        var report = AReceivedReport();
        report.RecordTriage(new TriageResult(TriageOutcome.Pending, "Personnel did not answer"), Now);
        report.Submit(duplicateOf: null, Now);

        Assert.Equal("Pending", Assert.IsType<ReportSubmitted>(Assert.Single(report.PendingEvents)).TriageOutcome);
    }

    [Fact]
    public void Report_is_submitted_once()
    {
        var report = ATriagedReport();
        report.Submit(duplicateOf: null, Now);

        Assert.Throws<InvalidOperationException>(() => report.Submit(duplicateOf: null, Now));
        Assert.Single(report.PendingEvents);
    }

    [Fact]
    public void Confirmed_report_raises_ReportConfirmed_with_what_the_sanction_policy_needs()
    {
        var report = ASubmittedReport();
        report.Confirm(Proven, "kabid-pelayanan", Now.AddHours(2));

        var confirmed = Assert.IsType<ReportConfirmed>(Assert.Single(report.PendingEvents));
        Assert.Equal(report.Id, confirmed.ReportId);
        Assert.Equal(Now.AddHours(2), confirmed.OccurredAt);
        Assert.Equal(Nip, confirmed.SubjectNip);
        Assert.Equal("PersonalSocialMedia", confirmed.Category);
        Assert.Equal(Now.AddHours(-1), confirmed.IncidentAt);
        Assert.Equal("Terbukti live pribadi", confirmed.Findings);
        Assert.Equal("kabid-pelayanan", confirmed.VerifiedBy);
        Assert.Equal("BAP 800/017", confirmed.BapNumber);
        // Each fact once, in the catalogue's order.
        Assert.Equal(["InUniform", "LiveBroadcast"], confirmed.AggravatingFacts);
        Assert.Equal("Unit", confirmed.Impact);
        Assert.Equal("LikelyViolation", confirmed.TriageOutcome);
        // The employee as Personnel knew them at triage.
        Assert.Equal("Rina", confirmed.SubjectName);
        Assert.Equal("DISDUKCAPIL.PELAYANAN", confirmed.UnitCode);
        Assert.Equal("Pns", confirmed.EmploymentType);
        Assert.Equal("Pelaksana", confirmed.PositionLevel);
        Assert.True(confirmed.FrontLine);
        Assert.Equal("tiktok", confirmed.Platform);
        // The handle as Personnel normalised it, not as the reporter typed it.
        Assert.Equal("rina.live", confirmed.Account);
    }

    [Fact]
    public void Dismissed_report_raises_ReportDismissed_with_the_reason()
    {
        var report = ASubmittedReport();
        report.Dismiss("Akun resmi Disdukcapil", "inspektorat", Now.AddDays(1));

        var dismissed = Assert.IsType<ReportDismissed>(Assert.Single(report.PendingEvents));
        Assert.Equal(report.Id, dismissed.ReportId);
        Assert.Equal(Nip, dismissed.SubjectNip);
        Assert.Equal("Akun resmi Disdukcapil", dismissed.Reason);
        Assert.Equal(Now.AddDays(1), dismissed.OccurredAt);
    }

    [Fact]
    public void Assigning_a_verifier_announces_nothing()
    {
        var report = ASubmittedReport();
        report.AssignVerifier("inspektur-pembantu-1", Now);

        Assert.Empty(report.PendingEvents);
    }

    [Fact]
    public void Refused_move_raises_no_event()
    {
        var report = ASubmittedReport();
        report.Dismiss("Tidak terbukti", "inspektorat", Now);
        report.DequeueEvents();

        Assert.Throws<InvalidStateException>(() => report.Confirm(Proven, "kabid-pelayanan", Now));
        Assert.Throws<InvalidStateException>(() => report.Dismiss("lagi", "kabid-pelayanan", Now));
        Assert.Empty(report.PendingEvents);
    }

    [Fact]
    public void Absence_report_cannot_be_confirmed_without_the_days_absent()
    {
        var report = ASubmittedReport(ReportCategory.Absence);

        var refusal = Assert.Throws<ValidationFailedException>(() => report.Confirm(Proven, "kabid-pelayanan", Now));

        var violation = Assert.Single(refusal.Violations);
        Assert.Equal("absence_days_this_year", violation.Field);
        Assert.Equal("is required for an absence report", violation.Reason);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Empty(report.PendingEvents);
    }

    [Fact]
    public void Absence_report_is_confirmed_with_the_days_absent_and_the_event_carries_them()
    {
        var report = ASubmittedReport(ReportCategory.Absence);
        report.Confirm(Proven with { AbsenceDaysThisYear = 12, ConsecutiveAbsenceDays = 4 }, "kabid-pelayanan", Now);

        var confirmed = Assert.IsType<ReportConfirmed>(Assert.Single(report.PendingEvents));
        Assert.Equal("Absence", confirmed.Category);
        Assert.Equal(12, confirmed.AbsenceDaysThisYear);
        Assert.Equal(4, confirmed.ConsecutiveAbsenceDays);
    }

    [Fact]
    public void Other_reports_need_no_days_absent()
    {
        var report = ASubmittedReport(ReportCategory.MisuseOfFacilities);
        report.Confirm(Proven, "kabid-pelayanan", Now);

        Assert.Equal(0, Assert.IsType<ReportConfirmed>(Assert.Single(report.PendingEvents)).AbsenceDaysThisYear);
    }
}
