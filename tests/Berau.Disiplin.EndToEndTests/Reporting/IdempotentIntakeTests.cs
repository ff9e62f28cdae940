using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Persistence;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Berau.Disiplin.EndToEndTests.Reporting;

/// <summary>A suite whose clock the test moves, so the request ids' retention window can pass.</summary>
public sealed class IntakeHost : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);
    public SuiteHost Suite { get; }

    public IntakeHost() => Suite = new SuiteHost(new SuiteOptions { Time = Time });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

/// <summary>
/// A portal whose SubmitReport answer was lost (DEADLINE_EXCEEDED, a dropped connection) sends it again with the same
/// request_id: it gets the first answer, and no second report is stored.
/// </summary>
public sealed class IdempotentIntakeTests(IntakeHost host) : IClassFixture<IntakeHost>
{
    private SuiteHost Suite => host.Suite;

    [Fact]
    public async Task The_same_request_id_from_the_same_caller_gets_the_first_answer_and_stores_nothing_new()
    {
        var nip = await NewClerkAsync();
        var request = ReportRequests.PersonalLive(nip);
        request.RequestId = Guid.NewGuid().ToString();

        var first = await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.AsUser("portal-lapor", Roles.Reporter));
        var again = await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.AsUser("portal-lapor", Roles.Reporter));

        Assert.Equal(first, again);
        Assert.Equal(1, await StoredReportsAsync(nip));
        Assert.Equal(1, await AnnouncedSubmissionsAsync(nip));
    }

    [Fact]
    public async Task The_same_request_sent_several_times_at_once_stores_one_report()
    {
        var nip = await NewClerkAsync();
        var request = ReportRequests.PersonalLive(nip);
        request.RequestId = $"portal-{Guid.NewGuid():N}";

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.AsUser("portal-lapor", Roles.Reporter))));

        Assert.Single(answers.Select(a => a.ReportId).Distinct());
        Assert.Single(answers.Select(a => a.TrackingCode).Distinct());
        Assert.Equal(1, await StoredReportsAsync(nip));
        Assert.Equal(1, await AnnouncedSubmissionsAsync(nip));
    }

    [Fact]
    public async Task Another_caller_with_the_same_id_and_a_call_without_an_id_each_store_a_report()
    {
        var nip = await NewClerkAsync();
        var request = ReportRequests.PersonalLive(nip);
        request.RequestId = "shared-id-" + Guid.NewGuid().ToString("N")[..8];

        var byOne = await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.AsUser("portal-lapor", Roles.Reporter));
        var byOther = await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.AsUser("portal-sp4n", Roles.Reporter));
        request.RequestId = "";
        var withoutId = await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.AsUser("portal-lapor", Roles.Reporter));

        Assert.Equal(3, new[] { byOne.ReportId, byOther.ReportId, withoutId.ReportId }.Distinct().Count());
        Assert.Equal(3, await StoredReportsAsync(nip));
    }

    [Fact]
    public async Task After_the_retention_window_the_same_id_is_a_new_submission()
    {
        var nip = await NewClerkAsync();
        var request = ReportRequests.PersonalLive(nip);
        request.RequestId = Guid.NewGuid().ToString();
        var first = await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.AsUser("portal-lapor", Roles.Reporter));

        host.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var later = await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.AsUser("portal-lapor", Roles.Reporter));

        Assert.NotEqual(first.ReportId, later.ReportId);
        Assert.Equal(2, await StoredReportsAsync(nip));
    }

    [Fact]
    public async Task A_request_id_that_is_not_printable_ascii_is_refused()
    {
        var request = ReportRequests.PersonalLive(await NewClerkAsync());
        request.RequestId = "has a space";

        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
            await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.As(Roles.Reporter)));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("request_id", Foundation.ValidationTests.FieldViolations(refused).Keys);
    }

    private async Task<string> NewClerkAsync()
    {
        var personnel = new PersonnelFixtures(Suite);
        return (await personnel.EmployeeAsync(await personnel.UnitAsync())).Nip;
    }

    private async Task<int> StoredReportsAsync(string nip)
    {
        await using var scope = Suite.Reporting.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Reports.CountAsync(r => r.SubjectNip == nip);
    }

    private async Task<int> AnnouncedSubmissionsAsync(string nip)
    {
        await using var scope = Suite.Reporting.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().OutboxMessages
            .CountAsync(m => m.Destination == "disiplin.reporting.report-submitted.v1"
                             && EF.Functions.JsonContains(m.Payload, $"{{\"subjectNip\":\"{nip}\"}}"));
    }
}
