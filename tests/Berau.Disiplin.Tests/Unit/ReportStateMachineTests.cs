using Berau.Disiplin.Hosting.Errors;
using Berau.Disiplin.Reporting.Reports;

namespace Berau.Disiplin.Tests.Unit;

public sealed class ReportStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 14, 0, TimeSpan.Zero);

    private static Report ASubmittedReport() => Report.Submit(Guid.CreateVersion7(), "199203152015032001",
        ReportCategory.PersonalSocialMedia, Now.AddHours(-1), "Live TikTok pribadi", Now);

    [Fact]
    public void Submitted_report_is_confirmed_with_findings_verifier_and_time()
    {
        var report = ASubmittedReport();
        report.Confirm("BAP 001", "kabid-pelayanan", Now.AddHours(2));

        Assert.Equal(ReportStatus.Confirmed, report.Status);
        Assert.Equal("BAP 001", report.Findings);
        Assert.Equal("kabid-pelayanan", report.ConfirmedBy);
        Assert.Equal(Now.AddHours(2), report.ConfirmedAt);
    }

    [Fact]
    public void Confirmed_report_cannot_be_confirmed_again_and_the_refusal_names_its_state()
    {
        var report = ASubmittedReport();
        report.Confirm("BAP 001", "kabid-pelayanan", Now);

        var refusal = Assert.Throws<InvalidStateException>(() => report.Confirm("BAP 002", "inspektorat", Now.AddHours(1)));
        Assert.Equal("CONFIRMED", refusal.CurrentState);
        Assert.Equal("BAP 001", report.Findings);
        Assert.Equal("kabid-pelayanan", report.ConfirmedBy);
    }
}
