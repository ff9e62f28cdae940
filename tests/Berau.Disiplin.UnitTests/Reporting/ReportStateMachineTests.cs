using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Reports;

namespace Berau.Disiplin.UnitTests.Reporting;

public sealed class ReportStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 14, 0, TimeSpan.Zero);

    private static readonly Verification Proven = new("Terbukti", "BAP 001", [AggravatingFact.InUniform], Impact.Unit, 0, 0);

    private static Report AReceivedReport(string? nip = "199203152015032001") => Report.Receive(Guid.CreateVersion7(), "LPR-AAAAA-BBBBB",
        new NewReport(nip, nip is null ? "Rina" : null, nip is null ? "DISDUKCAPIL" : null, ReportCategory.PersonalSocialMedia,
            Now.AddHours(-1), 480, null, "tiktok", "@rina", [], [], "Live TikTok pribadi"), null, Now);

    private static Report ASubmittedReport(string? nip = "199203152015032001")
    {
        var report = AReceivedReport(nip);
        report.Submit(duplicateOf: null, Now);
        return report;
    }

    [Fact]
    public void Submitted_report_is_confirmed_with_findings_verifier_and_time()
    {
        var report = ASubmittedReport();
        report.Confirm(Proven, "kabid-pelayanan", Now.AddHours(2));

        Assert.Equal(ReportStatus.Confirmed, report.Status);
        Assert.Equal("BAP 001", report.BapNumber);
        Assert.Equal("kabid-pelayanan", report.DecidedBy);
        Assert.Equal(Now.AddHours(2), report.DecidedAt);
    }

    [Fact]
    public void Confirmed_report_cannot_be_confirmed_again_and_the_refusal_names_its_state()
    {
        var report = ASubmittedReport();
        report.Confirm(Proven, "kabid-pelayanan", Now);

        var refusal = Assert.Throws<InvalidStateException>(() => report.Confirm(Proven with { BapNumber = "BAP 002" }, "inspektorat", Now.AddHours(1)));
        Assert.Equal("CONFIRMED", refusal.CurrentState);
        Assert.Equal("BAP 001", report.BapNumber);
        Assert.Equal("kabid-pelayanan", report.DecidedBy);
    }

    [Fact]
    public void Every_illegal_move_is_refused_naming_the_state()
    {
        var dismissed = ASubmittedReport();
        dismissed.Dismiss("Bukan pelanggaran", "inspektorat", Now);
        Assert.Equal("DISMISSED", Assert.Throws<InvalidStateException>(() => dismissed.Confirm(Proven, "x", Now)).CurrentState);
        Assert.Equal("DISMISSED", Assert.Throws<InvalidStateException>(() => dismissed.Dismiss("again", "x", Now)).CurrentState);
        Assert.Equal("DISMISSED", Assert.Throws<InvalidStateException>(() => dismissed.AssignVerifier("x", Now)).CurrentState);

        var confirmed = ASubmittedReport();
        confirmed.Confirm(Proven, "x", Now);
        Assert.Equal("CONFIRMED", Assert.Throws<InvalidStateException>(() => confirmed.Dismiss("no", "x", Now)).CurrentState);
        Assert.Equal("CONFIRMED", Assert.Throws<InvalidStateException>(() => confirmed.AssignVerifier("x", Now)).CurrentState);

        var duplicate = AReceivedReport();
        duplicate.Submit(duplicateOf: Guid.CreateVersion7(), Now);
        Assert.Equal("DUPLICATE", Assert.Throws<InvalidStateException>(() => duplicate.Confirm(Proven, "x", Now)).CurrentState);
        Assert.Equal("DUPLICATE", Assert.Throws<InvalidStateException>(() => duplicate.AssignVerifier("x", Now)).CurrentState);
    }

    [Fact]
    public void Report_whose_subject_is_unknown_cannot_be_confirmed()
    {
        var report = ASubmittedReport(nip: null);
        report.RecordTriage(new TriageResult(TriageOutcome.SubjectUnknown, "No single employee named Rina"), Now);

        var refusal = Assert.Throws<InvalidStateException>(() => report.Confirm(Proven, "x", Now));
        Assert.Equal("SUBJECT_UNKNOWN", refusal.CurrentState);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Assigned_report_is_under_verification_and_can_then_be_dismissed()
    {
        var report = ASubmittedReport();
        report.AssignVerifier("inspektur-pembantu-1", Now);
        Assert.Equal(ReportStatus.UnderVerification, report.Status);
        report.Dismiss("Akun resmi", "inspektur-pembantu-1", Now.AddDays(1));
        Assert.Equal(ReportStatus.Dismissed, report.Status);
        Assert.Equal("Akun resmi", report.DismissalReason);
    }

    [Fact]
    public void Open_report_past_its_verification_day_is_flagged_overdue_once()
    {
        var report = ASubmittedReport();
        report.SetVerificationDue(new DateOnly(2026, 11, 27));

        Assert.False(report.FlagOverdue(new DateOnly(2026, 11, 27), Now));
        Assert.True(report.FlagOverdue(new DateOnly(2026, 11, 28), Now));
        Assert.False(report.FlagOverdue(new DateOnly(2026, 11, 29), Now));
        Assert.True(report.IsOverdue(new DateOnly(2026, 11, 28)));
    }
}
