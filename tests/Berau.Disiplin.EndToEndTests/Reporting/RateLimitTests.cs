using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Google.Rpc;
using Grpc.Core;
using Npgsql;

namespace Berau.Disiplin.EndToEndTests.Reporting;

/// <summary>A suite whose Reporting has small rate limits over an hour's window, so no window reopens during a test.</summary>
public sealed class RateLimitedHost : IAsyncLifetime
{
    public SuiteHost Suite { get; } = new(new SuiteOptions
    {
        Settings =
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:Methods:SubmitReport:PerCaller"] = "3",
            ["RateLimits:Methods:SubmitReport:PerAddress"] = "5",
            ["RateLimits:Methods:SubmitReport:Window"] = "01:00:00",
            ["RateLimits:Methods:GetReportStatus:PerCaller"] = "4",
            ["RateLimits:Methods:GetReportStatus:PerAddress"] = "6",
            ["RateLimits:Methods:GetReportStatus:Window"] = "01:00:00",
        },
    });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

/// <summary>
/// The public intake is rate-limited per caller (token sub) and per client address: over the limit a call is
/// RESOURCE_EXHAUSTED with google.rpc.RetryInfo and QuotaFailure naming the limit, a gRPC status (not HTTP 429), and
/// nothing is stored.
/// </summary>
public sealed class RateLimitTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    private SuiteHost Suite => host.Suite;

    [Fact]
    public async Task SubmitReport_is_limited_per_caller_then_per_address_and_a_refused_report_is_not_stored()
    {
        var personnel = new PersonnelFixtures(Suite);
        var clerk = await personnel.EmployeeAsync(await personnel.UnitAsync());
        var day = 0;
        Task<OverloadTests.Answer> Submit(string portal) => OverloadTests.Outcome(Suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning.AddDays(-7 * day++)),
            SuiteHost.AsUser(portal, Roles.Reporter)).ResponseAsync);

        var first = new List<OverloadTests.Answer>();
        for (var i = 0; i < 4; i++) first.Add(await Submit("portal-a"));
        var second = new List<OverloadTests.Answer>();
        for (var i = 0; i < 3; i++) second.Add(await Submit("portal-b"));

        Assert.Equal([StatusCode.OK, StatusCode.OK, StatusCode.OK], first.Take(3).Select(a => a.Code));
        OverloadTests.AssertRetryable(first[3], StatusCode.ResourceExhausted);
        Assert.Contains("caller", first[3].Detail);
        // portal-b: the address has room for 2 more of its calls (the refused one of portal-a did not count there).
        Assert.Equal([StatusCode.OK, StatusCode.OK], second.Take(2).Select(a => a.Code));
        OverloadTests.AssertRetryable(second[2], StatusCode.ResourceExhausted);
        Assert.Contains("address", second[2].Detail);
        Assert.Equal(5, await ReportsStoredAsync());
    }

    [Fact]
    public async Task GetReportStatus_is_limited_per_caller_and_per_address_with_the_limit_named()
    {
        RpcException? refusal = null;
        var answers = new List<StatusCode>();
        foreach (var caller in new[] { "guesser-1", "guesser-1", "guesser-1", "guesser-1", "guesser-1", "guesser-2", "guesser-2", "guesser-2" })
        {
            try
            {
                await Suite.ReportingClient.GetReportStatusAsync(new GetReportStatusRequest { TrackingCode = "LPR-00000-00000" },
                    SuiteHost.AsUser(caller, Roles.Reporter));
                answers.Add(StatusCode.OK);
            }
            catch (RpcException ex)
            {
                answers.Add(ex.StatusCode);
                if (ex.StatusCode == StatusCode.ResourceExhausted) refusal ??= ex;
            }
        }

        Assert.Equal([StatusCode.NotFound, StatusCode.NotFound, StatusCode.NotFound, StatusCode.NotFound, StatusCode.ResourceExhausted,
            StatusCode.NotFound, StatusCode.NotFound, StatusCode.ResourceExhausted], answers);
        var quota = refusal!.GetRpcStatus()!.GetDetail<QuotaFailure>();
        Assert.Equal("caller:guesser-1", quota!.Violations.Single().Subject);
        Assert.NotNull(refusal!.GetRpcStatus()!.GetDetail<RetryInfo>());
    }

    private async Task<long> ReportsStoredAsync()
    {
        await using var connection = new NpgsqlConnection(Suite.Reporting.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM reports", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
