using System.Net;
using System.Text.Json;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Foundation;

public sealed class ReportingWithoutBrokerHost() : IAsyncLifetime
{
    public SuiteHost Suite { get; } = new(new SuiteOptions
    {
        BrokerThroughProxy = { "reporting" },
        Settings = { ["Outbox:BacklogDegradedAge"] = "00:00:02" },
    });
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

    [Fact]
    public async Task Readiness_reports_the_relays_broker_connection_and_the_backlogs_age_and_keeps_the_service_in_rotation()
    {
        var clerk = await new PersonnelFixtures(Suite).EmployeeAsync(await new PersonnelFixtures(Suite).UnitAsync());
        var proxy = Suite.BrokerProxies["reporting"];
        proxy.Cut();
        try
        {
            var submitted = await Suite.ReportingClient.SubmitReportAsync(ReportRequests.PersonalLive(clerk.Nip), SuiteHost.As(Roles.Reporter));
            await Suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(submitted.ReportId), SuiteHost.As(Roles.Verifier));

            // Reporting consumes nothing, so MassTransit's bus check alone would still say Healthy.
            var down = await Eventually.Get(() => ReadinessAsync(r => r.Checks["rabbitmq-relay"] == "Degraded" && r.Checks["outbox-backlog"] == "Degraded"),
                "readiness to report the relay's lost connection and the old backlog");
            Assert.Equal(HttpStatusCode.OK, down.Code);
            Assert.Equal("Degraded", down.Status);
            var grpc = await new Health.HealthClient(Suite.Reporting.Channel).CheckAsync(new HealthCheckRequest());
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, grpc.Status);
        }
        finally
        {
            proxy.Restore();
        }

        var back = await Eventually.Get(() => ReadinessAsync(r => r.Status == "Healthy"), "readiness to be Healthy again", TimeSpan.FromSeconds(120));
        Assert.Equal("Healthy", back.Checks["rabbitmq-relay"]);
        Assert.Equal("Healthy", back.Checks["outbox-backlog"]);
    }

    private sealed record Readiness(HttpStatusCode Code, string Status, Dictionary<string, string> Checks);

    private async Task<Readiness?> ReadinessAsync(Func<Readiness, bool> wanted)
    {
        var response = await Suite.Reporting.Http.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var readiness = new Readiness(response.StatusCode, json.RootElement.GetProperty("status").GetString()!,
            json.RootElement.GetProperty("checks").EnumerateObject()
                .ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString()!));
        return wanted(readiness) ? readiness : null;
    }
}
