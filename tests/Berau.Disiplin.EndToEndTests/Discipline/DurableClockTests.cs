using System.Globalization;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>
/// The durable clocks (issue 10 item 2) on the services' fake clock: stored at delivery, fired on their day by the
/// SKIP LOCKED pass, exactly once when two passes (two instances on one database) run at once.
/// </summary>
[Collection(DisciplineClockSuite.Name)]
public sealed class DurableClockTests(DisciplineClockHost host)
{
    private async Task<Case> ReadAsync(string caseId) =>
        await host.Suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = caseId }, SuiteHost.As(Roles.Auditor));

    [Fact]
    public async Task The_in_force_clock_fires_on_its_day_once_with_two_instances_passing_at_once()
    {
        var (_, _, delivered) = await new CaseFactory(host.Suite, host.Time.GetUtcNow).SanctionedAsync(frontLine: false);
        var effective = DateOnly.ParseExact(delivered.Sanction.EffectiveDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var watch = host.Suite.Discipline.Get<ClockWatch>();

        await watch.RunAsync(CancellationToken.None);
        Assert.DoesNotContain((await ReadAsync(delivered.CaseId)).Timeline, t => t.Action == "SanctionInForce");

        host.AdvanceTo(effective, hour: 7);
        // Two instances on one database: two passes at once, each claiming with FOR UPDATE SKIP LOCKED.
        await Task.WhenAll(watch.RunAsync(CancellationToken.None), watch.RunAsync(CancellationToken.None));
        await watch.RunAsync(CancellationToken.None);

        var inForce = Assert.Single((await ReadAsync(delivered.CaseId)).Timeline, t => t.Action == "SanctionInForce");
        Assert.Contains(delivered.Sanction.EffectiveDate, inForce.Detail, StringComparison.Ordinal);
    }
}
