using System.Globalization;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>GetDisciplineStatus (issue 10 item 2): an employee's standing on a date, for dossiers.</summary>
[Collection(DisciplineClockSuite.Name)]
public sealed class DisciplineStatusTests(DisciplineClockHost host)
{
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<DisciplineStatus> StatusAsync(string nip, DateOnly on, CallOptions? who = null) =>
        await host.Suite.DisciplineClient.GetDisciplineStatusAsync(
            new GetDisciplineStatusRequest { Nip = nip, OnDate = Iso(on) }, who ?? SuiteHost.As(Roles.Service)).ResponseAsync;

    [Fact]
    public async Task Status_before_during_and_after_a_warning_and_refusals_by_field_and_role()
    {
        var factory = new CaseFactory(host.Suite, host.Time.GetUtcNow);
        var (org, clerk, opened) = await factory.OpenAsync(frontLine: false);
        var today = DateOnly.FromDateTime(host.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

        var before = await StatusAsync(clerk.Nip, today.AddDays(-1));
        Assert.Equal((DisciplineStanding.Clear, 0), (before.Standing, before.Cases.Count));
        var open = await StatusAsync(clerk.Nip, today);
        Assert.Equal(DisciplineStanding.UnderProcess, open.Standing);
        Assert.Equal(opened.CaseId, Assert.Single(open.Cases).CaseId);

        var decided = await factory.Steps.DecideAsync(await factory.Steps.HearAsync(opened), org.KepalaSeksi.Nip);
        var delivered = await factory.Steps.DeliverAsync(decided);
        var effective = DateOnly.ParseExact(delivered.Sanction.EffectiveDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var waiting = await StatusAsync(clerk.Nip, effective.AddDays(-1));
        Assert.Equal(DisciplineStanding.UnderProcess, waiting.Standing);
        Assert.Contains("in force from", Assert.Single(waiting.Cases).Reason, StringComparison.Ordinal);
        // A ringan sanction has no serving period: clear once in force, and listed.
        var inForce = await StatusAsync(clerk.Nip, effective, HearingSteps.Employee(clerk.Nip));
        Assert.Equal(DisciplineStanding.Clear, inForce.Standing);
        Assert.Equal((delivered.Sanction.LetterNumber, delivered.Sanction.EffectiveDate),
            (Assert.Single(inForce.Cases).LetterNumber, inForce.Cases[0].EffectiveDate));

        var other = await Assert.ThrowsAsync<RpcException>(() => StatusAsync(clerk.Nip, today, HearingSteps.Employee(PersonnelFixtures.NewNip())));
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
        Assert.Contains("only their own discipline status", other.Status.Detail, StringComparison.Ordinal);
        var bad = await Assert.ThrowsAsync<RpcException>(() => host.Suite.DisciplineClient.GetDisciplineStatusAsync(
            new GetDisciplineStatusRequest { Nip = "", OnDate = "4 Desember 2026" }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        Assert.Equal(["nip", "on_date"], ValidationTests.FieldViolations(bad).Keys.Order().ToArray());
    }
}
