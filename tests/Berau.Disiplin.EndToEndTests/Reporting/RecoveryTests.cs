using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportTriageOutcome = Berau.Disiplin.Reporting.Reports.TriageOutcome;

namespace Berau.Disiplin.EndToEndTests.Reporting;

/// <summary>
/// Reporting and Discipline reach Personnel through a proxy the test cuts; their background passes run only at start-up
/// (an hour apart), so the test drives each pass and can tell one pass from many.
/// </summary>
public sealed class RecoveryHost : IAsyncLifetime
{
    public SuiteHost Suite { get; } = new(new SuiteOptions
    {
        PersonnelThroughProxy = true,
        Settings =
        {
            ["Reporting:TriageRetryInterval"] = "01:00:00",
            ["Discipline:AtasanLookupInterval"] = "01:00:00",
        },
    });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

/// <summary>
/// After a Personnel outage the work it left waiting (triage, naming each case's atasan langsung) drains as fast as
/// Personnel answers, in one pass rather than one batch an interval; and a case opened while triage was pending learns
/// the employee's facts when it completes.
/// </summary>
public sealed class RecoveryTests(RecoveryHost host) : IClassFixture<RecoveryHost>
{
    private SuiteHost Suite => host.Suite;

    [Fact]
    public async Task Triage_left_pending_by_an_outage_clears_in_one_pass_once_Personnel_answers()
    {
        var personnel = new PersonnelFixtures(Suite);
        var unit = await personnel.UnitAsync();
        var clerks = new List<Employee>();
        for (var i = 0; i < 45; i++) clerks.Add(await personnel.EmployeeAsync(unit));
        var reports = new List<Guid>();

        Suite.PersonnelProxy!.Cut();
        try
        {
            foreach (var clerk in clerks)
                reports.Add(Guid.Parse((await Suite.ReportingClient.SubmitReportAsync(
                    ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning), SuiteHost.As(Roles.Reporter))).ReportId));
        }
        finally
        {
            Suite.PersonnelProxy.Restore();
        }
        Assert.Equal(45, await CountAsync(reports, ReportTriageOutcome.Pending));

        // More than two batches of 20, each report backing off: the first pass Personnel answers in clears them all.
        var worker = Suite.Reporting.Get<TriageRetryWorker>();
        await Eventually.True(async () =>
        {
            await worker.DrainAsync(CancellationToken.None);
            return await CountAsync(reports, ReportTriageOutcome.Pending) < 45;
        }, "a pass in which Personnel answers");
        Assert.Equal(0, await CountAsync(reports, ReportTriageOutcome.Pending));
        Assert.Equal(45, await CountAsync(reports, ReportTriageOutcome.LikelyViolation));
    }

    [Fact]
    public async Task A_case_opened_while_triage_was_pending_learns_the_employees_type_and_level_when_it_completes()
    {
        var personnel = new PersonnelFixtures(Suite);
        var unit = await personnel.UnitAsync();
        var clerk = await personnel.EmployeeAsync(unit, type: EmploymentType.Pppk, level: PositionLevel.Pengawas);

        Suite.PersonnelProxy!.Cut();
        string reportId;
        try
        {
            reportId = (await Suite.ReportingClient.SubmitReportAsync(ReportRequests.PersonalLive(clerk.Nip),
                SuiteHost.As(Roles.Reporter))).ReportId;
            await Suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(reportId), SuiteHost.As(Roles.Verifier));
            await Suite.CaseForReportAsync(reportId, "the case, opened while triage is pending");
        }
        finally
        {
            Suite.PersonnelProxy.Restore();
        }
        Assert.Equal((null, null), await FactsAsync(reportId));

        var worker = Suite.Reporting.Get<TriageRetryWorker>();
        var learned = await Eventually.Get(async () =>
        {
            await worker.DrainAsync(CancellationToken.None);
            var @case = await Suite.CaseForReportAsync(reportId);
            return @case.Timeline.Any(t => t.Action == "EmployeeFactsLearned") ? @case : null;
        }, "the case to learn the employee's facts");

        Assert.Equal((Berau.Disiplin.Discipline.Policy.EmploymentType.Pppk, Berau.Disiplin.Discipline.Policy.PositionLevel.Pengawas),
            await FactsAsync(reportId));
        Assert.Single(learned.Timeline, t => t.Action == "EmployeeFactsLearned");
    }

    [Fact]
    public async Task Facts_that_arrive_before_their_case_opens_wait_for_it_and_are_not_dead_lettered()
    {
        var personnel = new PersonnelFixtures(Suite);
        var unit = await personnel.UnitAsync();
        var clerk = await personnel.EmployeeAsync(unit, type: EmploymentType.Pppk, level: PositionLevel.Administrator);
        var confirmed = ConfirmedReports.PersonalLive(clerk, unit.Code, triagePending: true);
        var triaged = new ReportTriaged
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, ReportId = confirmed.ReportId,
            SubjectNip = clerk.Nip, TriageOutcome = "LikelyViolation", ReportStatus = "Confirmed", SubjectName = clerk.Name,
            UnitCode = unit.Code, EmploymentType = "Pppk", PositionLevel = "Administrator", FrontLine = false,
        };
        await using var amqp = await RawAmqp.ConnectAsync(Suite.VirtualHost);

        // The relay keeps no order between different events: here the later one overtakes the earlier.
        await amqp.PublishEnvelopeAsync("disiplin.reporting.report-triaged.v1", triaged.EventId, triaged);
        await Eventually.True(async () => (await TestInfrastructure.QueueDepthAsync(Suite.VirtualHost,
            "disiplin-discipline-report-triaged")).Unacked > 0, "Discipline to hold the early ReportTriaged");
        await amqp.PublishEnvelopeAsync("disiplin.reporting.report-confirmed.v1", confirmed.EventId, confirmed);

        var @case = await Eventually.Get(async () =>
        {
            var opened = await Suite.CaseForReportAsync(confirmed.ReportId.ToString());
            return opened.Timeline.Any(t => t.Action == "EmployeeFactsLearned") ? opened : null;
        }, "the case, with the facts that waited for it");
        Assert.Equal((Berau.Disiplin.Discipline.Policy.EmploymentType.Pppk, Berau.Disiplin.Discipline.Policy.PositionLevel.Administrator),
            await FactsAsync(@case.ReportId));
        Assert.Equal(0u, await amqp.ReadyCountAsync(QueueNames.Error("disiplin-discipline-report-triaged")));
    }

    [Fact]
    public async Task Cases_left_waiting_for_their_atasan_by_an_outage_are_all_named_in_one_pass_once_Personnel_answers()
    {
        var organisation = await new HearingSteps(Suite).OrganisationAsync();
        var personnel = new PersonnelFixtures(Suite);
        var clerks = new List<Employee>();
        for (var i = 0; i < 55; i++) clerks.Add(await personnel.EmployeeAsync(organisation.Seksi));
        var confirmations = clerks.Select(c => ConfirmedReports.PersonalLive(c, organisation.Seksi.Code)).ToList();
        await using var amqp = await RawAmqp.ConnectAsync(Suite.VirtualHost);

        Suite.PersonnelProxy!.Cut();
        try
        {
            foreach (var confirmed in confirmations)
                await amqp.PublishEnvelopeAsync("disiplin.reporting.report-confirmed.v1", confirmed.EventId, confirmed);
            foreach (var confirmed in confirmations)
                await Suite.CaseForReportAsync(confirmed.ReportId.ToString(), "the case, opened while Personnel is down");
        }
        finally
        {
            Suite.PersonnelProxy.Restore();
        }
        var ids = confirmations.Select(c => c.ReportId).ToList();
        Assert.Equal(55, await WaitingForAtasanAsync(ids));

        // More than a batch of 50: the first pass Personnel answers in names them all.
        var worker = Suite.Discipline.Get<WaitingForAtasan>();
        await Eventually.True(async () =>
        {
            await worker.DrainAsync(CancellationToken.None);
            return await WaitingForAtasanAsync(ids) < 55;
        }, "a pass in which Personnel answers");
        Assert.Equal(0, await WaitingForAtasanAsync(ids));
    }

    private async Task<int> CountAsync(IReadOnlyCollection<Guid> reports, ReportTriageOutcome outcome)
    {
        await using var scope = Suite.Reporting.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Reports
            .CountAsync(r => reports.Contains(r.Id) && r.TriageOutcome == outcome);
    }

    private async Task<int> WaitingForAtasanAsync(IReadOnlyCollection<Guid> reports)
    {
        await using var scope = Suite.Discipline.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DisciplineDbContext>().Cases
            .CountAsync(c => reports.Contains(c.ReportId) && c.Hearing.AtasanLangsung == null);
    }

    private async Task<(Berau.Disiplin.Discipline.Policy.EmploymentType?, Berau.Disiplin.Discipline.Policy.PositionLevel?)> FactsAsync(
        string reportId)
    {
        await using var scope = Suite.Discipline.App.Services.CreateAsyncScope();
        var facts = await scope.ServiceProvider.GetRequiredService<DisciplineDbContext>().Cases.AsNoTracking()
            .Where(c => c.ReportId == Guid.Parse(reportId)).Select(c => c.Facts).SingleAsync();
        return (facts.EmploymentType, facts.PositionLevel);
    }
}
