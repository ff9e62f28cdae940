using System.Text;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Overdue;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Berau.Disiplin.EndToEndTests.Reporting;

/// <summary>
/// A suite of its own: Reporting reaches Personnel through a proxy the test cuts, time is a fake the test advances,
/// and every log line down to Debug is kept.
/// </summary>
public sealed class ReportingSpecialHost : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);
    public SuiteHost Suite { get; }

    public ReportingSpecialHost() => Suite = new SuiteHost(new SuiteOptions
    {
        PersonnelThroughProxy = true,
        Time = Time,
        LogLevel = "Debug",
        Settings = { ["Reporting:VerificationWorkingDays"] = "1" },
    });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

public sealed class ReportingResilienceAndPrivacyTests(ReportingSpecialHost host) : IClassFixture<ReportingSpecialHost>
{
    private SuiteHost Suite => host.Suite;
    private readonly PersonnelFixtures _personnel = new(host.Suite);

    [Fact]
    public async Task Report_submitted_while_Personnel_is_down_is_kept_and_triaged_once_it_is_back()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);

        Suite.PersonnelProxy!.Cut();
        SubmitReportResponse submitted;
        try
        {
            submitted = await Suite.ReportingClient.SubmitReportAsync(
                ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning), SuiteHost.As(Roles.Reporter));
        }
        finally
        {
            Suite.PersonnelProxy.Restore();
        }
        Assert.Equal(TriageOutcome.Pending, (await Suite.AsVerifierSeesItAsync(submitted)).Triage.Outcome);
        Assert.Equal(ReportStatus.Submitted, submitted.Status);

        // Each retry waits out its back-off (on the service's clock, which the test moves); the gRPC channel also
        // backs off reconnecting after the outage, so the first retries may still find Personnel unreachable.
        var triaged = await Eventually.Get(async () =>
        {
            host.Time.Advance(TimeSpan.FromMinutes(10));
            var report = await Suite.ReportingClient.GetReportAsync(new GetReportRequest { ReportId = submitted.ReportId },
                SuiteHost.As(Roles.Verifier));
            return report.Triage.Outcome == TriageOutcome.Pending ? null : report;
        }, "the background triage");
        Assert.Equal(TriageOutcome.LikelyViolation, triaged.Triage.Outcome);
        Assert.NotEmpty(triaged.VerificationDue);
    }

    [Fact]
    public async Task Report_confirmed_while_Personnel_is_down_opens_its_case_at_once_and_names_its_atasan_when_Personnel_is_back()
    {
        var hearing = new HearingSteps(Suite, host.Time.GetUtcNow);
        var organisation = await hearing.OrganisationAsync(frontLine: false);
        var clerk = await hearing.ClerkAsync(organisation);
        await using var amqp = await RawAmqp.ConnectAsync(Suite.VirtualHost);
        var confirmed = new Berau.Disiplin.Contracts.Events.ReportConfirmed
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, ReportId = Guid.CreateVersion7(),
            SubjectNip = clerk.Nip, Category = "PersonalSocialMedia", IncidentAt = TriageTests.TuesdayMorning,
            Findings = "Terbukti", VerifiedBy = "inspektorat-verifier", BapNumber = "BAP 800/044",
            AggravatingFacts = ["InUniform", "LiveBroadcast"], Impact = "Unit", TriageOutcome = "LikelyViolation",
            SubjectName = clerk.Name, UnitCode = organisation.Seksi.Code, EmploymentType = "Pns", PositionLevel = "Pelaksana",
            FrontLine = false, AbsenceDaysThisYear = 0, ConsecutiveAbsenceDays = 0, Platform = "tiktok",
            Account = "rina.live.berau",
        };

        Suite.PersonnelProxy!.Cut();
        Berau.Disiplin.Contracts.Discipline.V1.Case opened;
        try
        {
            await amqp.PublishEnvelopeAsync("disiplin.reporting.report-confirmed.v1", confirmed.EventId, confirmed);
            opened = await Suite.CaseForReportAsync(confirmed.ReportId.ToString(), "the case, opened while Personnel is down");
        }
        finally
        {
            Suite.PersonnelProxy.Restore();
        }
        Assert.Equal(Berau.Disiplin.Contracts.Discipline.V1.CaseStatus.AwaitingSummons, opened.Status);
        Assert.Null(opened.Hearing.AtasanLangsung);
        Assert.Empty(opened.Hearing.SummonsDue);
        Assert.Contains(opened.Timeline, t => t.Action == "AtasanUnknown" && t.Detail.Contains("Personnel did not answer"));

        var named = await hearing.WithAtasanAsync(opened);
        Assert.Equal(organisation.KepalaSeksi.Nip, named.Hearing.AtasanLangsung.Nip);
        Assert.NotEmpty(named.Hearing.SummonsDue);
        Assert.Single(named.Timeline, t => t.Action == "AtasanUnknown");
        Assert.Equal("AtasanNamed", named.Timeline[^1].Action);
        // And the hearing goes on as usual.
        var summoned = await hearing.SummonAsync(named, organisation.KepalaSeksi.Nip);
        Assert.Equal(Berau.Disiplin.Contracts.Discipline.V1.CaseStatus.Summoned, summoned.Status);
    }

    [Fact]
    public async Task Reporter_identity_is_encrypted_shown_to_verifiers_only_and_never_in_an_event_or_a_log_line()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);
        var reporterName = $"Budi Santoso {Guid.NewGuid():N}"[..24];
        var contact = $"budi.{Guid.NewGuid():N}@contoh.id";
        var request = ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning.AddHours(1));
        request.Reporter = new Reporter { Name = reporterName, Contact = contact };

        var submitted = await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.As(Roles.Reporter));
        await Suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(submitted.ReportId), SuiteHost.As(Roles.Verifier));
        var asVerifier = await Suite.ReportingClient.GetReportAsync(new GetReportRequest { ReportId = submitted.ReportId }, SuiteHost.As(Roles.Verifier));
        var asAuditor = await Suite.ReportingClient.GetReportAsync(new GetReportRequest { ReportId = submitted.ReportId }, SuiteHost.As(Roles.Auditor));
        var status = await Suite.ReportingClient.GetReportStatusAsync(new GetReportStatusRequest { TrackingCode = submitted.TrackingCode },
            SuiteHost.As(Roles.Reporter));

        Assert.Equal(reporterName, asVerifier.Reporter.Name);
        Assert.Equal(contact, asVerifier.Reporter.Contact);
        Assert.Null(asAuditor.Reporter);
        Assert.DoesNotContain(clerk.Nip, status.ToString());
        Assert.DoesNotContain(reporterName, status.ToString());

        await using var scope = Suite.Reporting.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var stored = await db.Reports.AsNoTracking().Where(r => r.Id == Guid.Parse(submitted.ReportId))
            .Select(r => r.ReporterIdentity).SingleAsync();
        Assert.NotNull(stored);
        Assert.DoesNotContain(reporterName, Encoding.UTF8.GetString(stored));
        Assert.DoesNotContain(contact, Encoding.UTF8.GetString(stored));

        var payloads = await db.OutboxMessages.AsNoTracking().Select(m => m.Payload).ToListAsync();
        Assert.NotEmpty(payloads);
        Assert.All(payloads, p => Assert.DoesNotContain(reporterName, p));
        Assert.All(payloads, p => Assert.DoesNotContain(contact, p));
        Assert.NotEmpty(Suite.Logs.Lines);
        Assert.All(Suite.Logs.Lines, l => Assert.DoesNotContain(reporterName, l));
        Assert.All(Suite.Logs.Lines, l => Assert.DoesNotContain(contact, l));
    }

    [Fact]
    public async Task Report_not_verified_within_its_working_days_is_flagged_and_listed_as_overdue()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);
        var submitted = await Suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning.AddHours(2)), SuiteHost.As(Roles.Reporter));
        // Counted on Personnel's calendar at submission, or by the background worker if Personnel did not answer then.
        var due = DateOnly.ParseExact((await Eventually.Get(async () =>
        {
            var report = await Suite.ReportingClient.GetReportAsync(new GetReportRequest { ReportId = submitted.ReportId },
                SuiteHost.As(Roles.Verifier));
            if (report.VerificationDue.Length > 0) return report;
            host.Time.Advance(TimeSpan.FromMinutes(1));
            return null;
        }, "the verification deadline")).VerificationDue, "yyyy-MM-dd");

        async Task<bool> Listed() => (await Suite.ReportingClient.ListReportsAsync(
                new ListReportsRequest { UnitCode = unit.Code, OverdueOnly = true }, SuiteHost.As(Roles.Verifier)))
            .Reports.Any(r => r.ReportId == submitted.ReportId && r.Overdue);

        Assert.False(await Listed());
        // Move the clock to the day after the deadline (WITA), then let the scanner run.
        var dayAfter = new DateTimeOffset(due.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        host.Time.Advance(dayAfter - host.Time.GetUtcNow());
        Assert.True(await Suite.Reporting.Get<OverdueScanner>().ScanAsync(CancellationToken.None) >= 1);

        Assert.True(await Listed());
        await using var scope = Suite.Reporting.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        Assert.NotNull(await db.Reports.AsNoTracking().Where(r => r.Id == Guid.Parse(submitted.ReportId)).Select(r => r.OverdueSince).SingleAsync());
    }
}
