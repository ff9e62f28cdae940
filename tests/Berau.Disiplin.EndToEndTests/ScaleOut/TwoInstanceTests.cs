using System.Globalization;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Overdue;
using Berau.Disiplin.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.ScaleOut;

/// <summary>
/// Two instances of each service on one database per service and one broker, as a scaled-out deployment runs them:
/// competing consumers on every queue, two outbox relays, two of every periodic job. Personnel is reached through a
/// proxy the test can cut; the overdue scan runs only when the test says.
/// </summary>
public sealed class TwoOfEverythingHost : IAsyncLifetime
{
    public SuiteHost Suite { get; }

    public TwoOfEverythingHost() => Suite = new SuiteHost(new SuiteOptions
    {
        Instances = 2,
        PersonnelThroughProxy = true,
        Settings =
        {
            // Six services' pools on one PostgreSQL the other test hosts share.
            ["Database:MaxPoolSize"] = "6",
            ["Reporting:OverdueScanInterval"] = "01:00:00",
        },
    });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

public sealed class TwoInstanceTests(TwoOfEverythingHost host) : IClassFixture<TwoOfEverythingHost>
{
    private const int Flows = 30;
    private SuiteHost Suite => host.Suite;

    private ReportingService.ReportingServiceClient Reporting(int i) => new(Suite.Instances["reporting"][i % 2].Channel);
    private DisciplineService.DisciplineServiceClient Discipline(int i) => new(Suite.Instances["discipline"][i % 2].Channel);

    [Fact]
    public async Task Every_flow_is_handled_once_and_letter_numbers_have_no_gaps()
    {
        var organisation = await new HearingSteps(Suite).OrganisationAsync();
        var personnel = new PersonnelFixtures(Suite);
        var clerks = new List<Employee>();
        for (var i = 0; i < Flows; i++) clerks.Add(await personnel.EmployeeAsync(organisation.Seksi));
        await using var amqp = await RawAmqp.ConnectAsync(Suite.VirtualHost);
        var opened = await amqp.SubscribeAsync("disiplin.discipline.case-opened.v1");

        // Each report submitted through one Reporting and confirmed through the other.
        var reports = await Task.WhenAll(clerks.Select(async (clerk, i) =>
        {
            var request = ReportRequests.PersonalLive(clerk.Nip, Berau.Disiplin.EndToEndTests.Reporting.TriageTests.TuesdayMorning);
            request.RequestId = Guid.NewGuid().ToString();
            var submitted = await Reporting(i).SubmitReportAsync(request, SuiteHost.As(Roles.Reporter));
            await Reporting(i + 1).ConfirmReportAsync(ReportRequests.Confirmation(submitted.ReportId), SuiteHost.As(Roles.Verifier));
            return submitted.ReportId;
        }));

        var cases = new List<Case>();
        foreach (var reportId in reports) cases.Add(await Suite.CaseForReportAsync(reportId, $"the case of {reportId}"));
        await Eventually.True(() => Task.FromResult(reports.All(r => opened.Where(m => (string?)m["reportId"] == r).Any())),
            "a CaseOpened for every report");
        await Eventually.True(async () => await TestInfrastructure.QueueDepthAsync(Suite.VirtualHost, QueueNames.ReportConfirmed) == (0, 0),
            "Discipline's queue to drain");
        foreach (var reportId in reports) Assert.Single(opened.Where(m => (string?)m["reportId"] == reportId));
        await using (var scope = Suite.Discipline.App.Services.CreateAsyncScope())
        {
            var ids = reports.Select(Guid.Parse).ToList();
            Assert.Equal(Flows, await scope.ServiceProvider.GetRequiredService<DisciplineDbContext>().Cases.CountAsync(c => ids.Contains(c.ReportId)));
        }

        // The Kepala Seksi summons every clerk at once, half through each Discipline: one running number each, none missing.
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(ReportRequests.Wita).DateTime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var summoned = await Task.WhenAll(cases.Select(async (@case, i) =>
        {
            await new HearingSteps(Suite).WithAtasanAsync(@case);
            return await Discipline(i).IssueSummonsAsync(new IssueSummonsRequest
            {
                CaseId = @case.CaseId, LetterDate = today, Place = "Ruang rapat Kepala Seksi",
                ExaminationAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(1)),
            }, HearingSteps.Official(organisation.KepalaSeksi));
        }));
        // 800.1.6.4/PGL/{seq:000}/{unit}/{year}: the running number is the third part.
        var numbers = summoned.Select(c => int.Parse(c.Hearing.Summonses.Last().LetterNumber.Split('/')[2], CultureInfo.InvariantCulture))
            .Order().ToList();
        Assert.Equal(Enumerable.Range(1, Flows), numbers);
    }

    [Fact]
    public async Task Both_overdue_scanners_running_at_once_flag_each_report_once()
    {
        var personnel = new PersonnelFixtures(Suite);
        var unit = await personnel.UnitAsync();
        var mine = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var clerk = await personnel.EmployeeAsync(unit);
            var submitted = await Reporting(i).SubmitReportAsync(ReportRequests.PersonalLive(clerk.Nip, Berau.Disiplin.EndToEndTests.Reporting.TriageTests.TuesdayMorning),
                SuiteHost.As(Roles.Reporter));
            mine.Add(Guid.Parse(submitted.ReportId));
        }
        await Eventually.True(async () => await WithReportingDb(db => db.Reports.CountAsync(r => mine.Contains(r.Id) && r.VerificationDue != null)) == mine.Count,
            "every report's verification deadline");

        // As a week later: every one of them past its deadline.
        await WithReportingDb(db => db.Reports.Where(r => mine.Contains(r.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.VerificationDue, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)))));
        var scanners = Suite.Instances["reporting"].Select(r => r.Get<OverdueScanner>()).ToList();
        var flagged = 0;
        for (var round = 0; round < 3; round++)
            flagged += (await Task.WhenAll(scanners.Select(s => s.ScanAsync(CancellationToken.None)))).Sum();

        Assert.Equal(mine.Count, await WithReportingDb(db => db.Reports.CountAsync(r => mine.Contains(r.Id) && r.OverdueSince != null)));
        Assert.Equal(await WithReportingDb(db => db.Reports.CountAsync(r => r.OverdueSince != null)), flagged);
    }

    [Fact]
    public async Task Triage_left_pending_by_an_outage_is_completed_once_by_two_instances()
    {
        var personnel = new PersonnelFixtures(Suite);
        var unit = await personnel.UnitAsync();
        var clerks = new List<Employee>();
        for (var i = 0; i < Flows; i++) clerks.Add(await personnel.EmployeeAsync(unit));
        await using var amqp = await RawAmqp.ConnectAsync(Suite.VirtualHost);
        var triaged = await amqp.SubscribeAsync("disiplin.reporting.report-triaged.v1");
        var reports = new List<string>();

        Suite.PersonnelProxy!.Cut();
        try
        {
            for (var i = 0; i < Flows; i++)
                reports.Add((await Reporting(i).SubmitReportAsync(ReportRequests.PersonalLive(clerks[i].Nip, Berau.Disiplin.EndToEndTests.Reporting.TriageTests.TuesdayMorning),
                    SuiteHost.As(Roles.Reporter))).ReportId);
        }
        finally
        {
            Suite.PersonnelProxy.Restore();
        }

        // Both instances' retry workers run every half second and race for the same reports.
        await Eventually.True(() => Task.FromResult(reports.All(r => triaged.Where(m => (string?)m["reportId"] == r).Any())),
            "a ReportTriaged for every report");
        var ids = reports.Select(Guid.Parse).ToList();
        Assert.Equal(0, await WithReportingDb(db => db.Reports.CountAsync(r => ids.Contains(r.Id)
                                                                                && r.TriageOutcome == Berau.Disiplin.Reporting.Reports.TriageOutcome.Pending)));
        foreach (var reportId in reports) Assert.Single(triaged.Where(m => (string?)m["reportId"] == reportId));
    }

    [Fact]
    public async Task Consumers_queues_are_quorum_queues()
    {
        var types = await TestInfrastructure.QueueTypesAsync(Suite.VirtualHost);

        foreach (var queue in new[] { QueueNames.ReportConfirmed, "disiplin-discipline-report-triaged", "disiplin-personnel-transfer-requested" })
            Assert.Equal("quorum", types[queue]);
    }

    private async Task<T> WithReportingDb<T>(Func<ReportingDbContext, Task<T>> query)
    {
        await using var scope = Suite.Reporting.App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }
}
