using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Foundation;

public sealed class ReportingWithoutBrokerHost() : IAsyncLifetime
{
    public SuiteHost Suite { get; } = new(new SuiteOptions { BrokerThroughProxy = { "reporting" } });
    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

/// <summary>RabbitMQ goes away from Reporting (its connection runs through a proxy the test cuts).</summary>
public sealed class BrokerOutageTests(ReportingWithoutBrokerHost host) : IClassFixture<ReportingWithoutBrokerHost>
{
    private SuiteHost Suite => host.Suite;

    [Fact]
    public async Task State_change_commits_while_RabbitMQ_is_down_and_its_event_flows_when_it_is_back()
    {
        var clerk = await new PersonnelFixtures(Suite).EmployeeAsync(await new PersonnelFixtures(Suite).UnitAsync());
        var proxy = Suite.BrokerProxies["reporting"];
        proxy.Cut();

        // The gRPC API keeps answering and commits.
        var submitted = await Suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip), SuiteHost.As(Roles.Reporter));
        var confirmed = await Suite.ReportingClient.ConfirmReportAsync(
            ReportRequests.Confirmation(submitted.ReportId), SuiteHost.As(Roles.Verifier));
        Assert.Equal(ReportStatus.Confirmed, confirmed.Status);

        // The event waits in the outbox: the relay tried and could not publish it.
        await using var scope = Suite.Reporting.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var reportId = submitted.ReportId;
        await Eventually.True(async () =>
        {
            var row = await db.OutboxMessages.ForReport("disiplin.reporting.report-confirmed.v1", reportId).SingleAsync();
            return row.Attempts >= 1;
        }, "a failed publish attempt");
        var waiting = await db.OutboxMessages.ForReport("disiplin.reporting.report-confirmed.v1", reportId).SingleAsync();
        Assert.Null(waiting.PublishedAt);
        Assert.NotNull(waiting.LastError);

        proxy.Restore();

        var @case = await Suite.CaseForReportAsync(reportId, "the case once RabbitMQ is back", TimeSpan.FromSeconds(120));
        Assert.Equal(clerk.Nip, @case.SubjectNip);
        var published = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == waiting.Id);
        Assert.NotNull(published.PublishedAt);
    }
}
