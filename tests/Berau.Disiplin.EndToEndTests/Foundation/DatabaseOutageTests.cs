using System.Net;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Google.Rpc;
using Grpc.Core;

namespace Berau.Disiplin.EndToEndTests.Foundation;

public sealed class DisciplineDatabaseBehindProxyHost : IAsyncLifetime
{
    public SuiteHost Suite { get; } = new(new SuiteOptions { DatabaseThroughProxy = { "discipline" } });
    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

/// <summary>
/// Discipline's PostgreSQL goes away (its connection runs through a proxy the test cuts) for longer than the old retry
/// budget of a few seconds: nothing is stranded, nothing is dead-lettered, and callers are told to come back.
/// </summary>
public sealed class DatabaseOutageTests(DisciplineDatabaseBehindProxyHost host) : IClassFixture<DisciplineDatabaseBehindProxyHost>
{
    /// <summary>Longer than the old policy's budget (five tries, given up after about 6 s).</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(12);

    private SuiteHost Suite => host.Suite;

    [Fact]
    public async Task Reports_confirmed_while_Disciplines_database_is_down_each_open_one_case_once_it_is_back()
    {
        var personnel = new PersonnelFixtures(Suite);
        var unit = await personnel.UnitAsync();
        var reports = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var clerk = await personnel.EmployeeAsync(unit);
            reports.Add((await Suite.ReportingClient.SubmitReportAsync(ReportRequests.PersonalLive(clerk.Nip),
                SuiteHost.As(Roles.Reporter))).ReportId);
        }
        await using var amqp = await RawAmqp.ConnectAsync(Suite.VirtualHost);
        var opened = await amqp.SubscribeAsync("disiplin.discipline.case-opened.v1");
        var proxy = Suite.DatabaseProxies["discipline"];

        proxy.Cut();
        try
        {
            foreach (var reportId in reports)
                await Suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(reportId), SuiteHost.As(Roles.Verifier));
            // Discipline has taken the messages and holds them, unacknowledged, while its database is away.
            await Eventually.True(async () => (await TestInfrastructure.QueueDepthAsync(Suite.VirtualHost, QueueNames.ReportConfirmed)).Unacked > 0,
                "Discipline to hold a ReportConfirmed it cannot handle yet");
            var ready = await Suite.Discipline.Http.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            await Task.Delay(Outage);
        }
        finally
        {
            proxy.Restore();
        }

        foreach (var reportId in reports)
            await Suite.CaseForReportAsync(reportId, $"the case of report {reportId} once the database is back");
        await Eventually.True(async () => await TestInfrastructure.QueueDepthAsync(Suite.VirtualHost, QueueNames.ReportConfirmed) == (0, 0),
            "Discipline's queue to drain");
        await Eventually.True(() => Task.FromResult(reports.All(r => opened.Where(m => (string?)m["reportId"] == r).Any())),
            "a CaseOpened for every report");

        foreach (var reportId in reports)
        {
            var @case = await Suite.CaseForReportAsync(reportId);
            var cases = await Suite.DisciplineClient.ListCasesAsync(new ListCasesRequest { SubjectNip = @case.SubjectNip, PageSize = 10 },
                SuiteHost.As(Roles.Auditor));
            Assert.Single(cases.Cases);
            Assert.Single(opened.Where(m => (string?)m["reportId"] == reportId));
        }
        Assert.Equal(0u, await amqp.ReadyCountAsync(QueueNames.Error(QueueNames.ReportConfirmed)));
        Assert.Equal(0u, await amqp.ReadyCountAsync(QueueNames.Skipped(QueueNames.ReportConfirmed)));
    }

    [Fact]
    public async Task ListCases_while_the_database_is_down_is_unavailable_with_retry_advice_not_internal()
    {
        var proxy = Suite.DatabaseProxies["discipline"];
        proxy.Cut();
        RpcException refused;
        try
        {
            refused = await Assert.ThrowsAsync<RpcException>(async () =>
                await Suite.DisciplineClient.ListCasesAsync(new ListCasesRequest { PageSize = 5 }, SuiteHost.As(Roles.Auditor)));
        }
        finally
        {
            proxy.Restore();
        }

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        var retry = refused.GetRpcStatus()?.GetDetail<RetryInfo>();
        Assert.NotNull(retry);
        Assert.True(retry.RetryDelay.ToTimeSpan() > TimeSpan.Zero);
        // Back by itself: the same call answers once the database is reachable again.
        await Eventually.True(async () =>
        {
            await Suite.DisciplineClient.ListCasesAsync(new ListCasesRequest { PageSize = 5 }, SuiteHost.As(Roles.Auditor));
            return true;
        }, "ListCases to answer again");
    }
}
