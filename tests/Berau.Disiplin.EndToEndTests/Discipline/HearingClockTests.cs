using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using SummonsWatch = Berau.Disiplin.Discipline.Cases.SummonsWatch;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;
using TransferStatus = Berau.Disiplin.Contracts.Discipline.V1.TransferStatus;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>
/// The hearing's windows on a clock the test moves: summons II within the policy's window after a missed examination,
/// and the atasan who does not summon in time flagged once (PP 94/2021 Pasal 28). Also the officials the configuration
/// names: the PPK's designee for the tim pemeriksa and his delegate for transfers.
/// </summary>
[Collection(DisciplineClockSuite.Name)]
public sealed class HearingClockTests(DisciplineClockHost host)
{
    private readonly CaseFactory _cases = new(host.Suite, host.Time.GetUtcNow);
    private HearingSteps Steps => _cases.Steps;
    private DisciplineService.DisciplineServiceClient Discipline => host.Suite.DisciplineClient;

    private DateOnly Today => DateOnly.FromDateTime(host.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task Summons_II_must_be_dated_within_the_policys_window_after_the_missed_examination()
    {
        var (inTimeOrg, _, inTime) = await _cases.OpenAsync();
        var (lateOrg, _, late) = await _cases.OpenAsync();
        var missed = await Steps.SummonAndMissAsync(inTime, inTimeOrg.KepalaSeksi.Nip);
        var lateMissed = await Steps.SummonAndMissAsync(late, lateOrg.KepalaSeksi.Nip);
        var secondDue = DateOnly.ParseExact(missed.Hearing.SummonsDue, "yyyy-MM-dd");
        Assert.True(secondDue > Today.AddDays(6), "7 working days are at least 7 days");
        Assert.Equal(secondDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), lateMissed.Hearing.SummonsDue);

        var second = await Steps.SummonAsync(inTime, inTimeOrg.KepalaSeksi.Nip);
        Assert.Equal(2, second.Hearing.Summonses[^1].Number);

        host.AdvanceTo(secondDue.AddDays(1));
        var refused = await Assert.ThrowsAsync<RpcException>(() => Steps.SummonAsync(late, lateOrg.KepalaSeksi.Nip));
        Assert.Equal($"summons II must be dated within 7 working days after the missed examination of {lateMissed.Hearing.Summonses[0].ExaminationAt.ToDateTimeOffset().ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd} " +
                     $"(policy setting secondSummonsWindow): by {secondDue:yyyy-MM-dd}",
            ValidationTests.FieldViolations(refused)["letter_date"]);
    }

    [Fact]
    public async Task An_atasan_who_does_not_summon_by_the_due_day_is_flagged_once_with_an_event_and_listed()
    {
        await using var amqp = await RawAmqp.ConnectAsync(host.Suite.VirtualHost);
        var overdueEvents = await amqp.SubscribeAsync("disiplin.discipline.summons-overdue.v1");
        var (org, _, @case) = await _cases.OpenAsync();
        var due = DateOnly.ParseExact(@case.Hearing.SummonsDue, "yyyy-MM-dd");
        var watch = host.Suite.Discipline.Get<SummonsWatch>();

        host.AdvanceTo(due, hour: 20);
        await watch.RunAsync(CancellationToken.None);
        Assert.False((await Read(@case)).Hearing.SummonsOverdue);

        host.AdvanceTo(due.AddDays(1));
        Assert.True(await watch.RunAsync(CancellationToken.None) >= 1);
        await watch.RunAsync(CancellationToken.None);

        var flagged = await Read(@case);
        Assert.True(flagged.Hearing.SummonsOverdue);
        Assert.Single(flagged.Timeline, t => t.Action == "SummonsOverdue");
        var message = (await Eventually.Get(() => Task.FromResult(overdueEvents.Where(m => m["caseId"]?.GetValue<string>() == @case.CaseId)
            .FirstOrDefault()), "SummonsOverdue"))["message"]!;
        Assert.Equal((org.KepalaSeksi.Nip, due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), (message["atasanNip"]!.GetValue<string>(), message["dueDate"]!.GetValue<string>()));
        await Task.Delay(500);
        Assert.Single(overdueEvents.Where(m => m["caseId"]?.GetValue<string>() == @case.CaseId));

        Assert.Contains(await Overdue(), c => c.CaseId == @case.CaseId);
        // A late summons is still a summons: the case leaves the overdue list.
        await Steps.SummonAsync(@case, org.KepalaSeksi.Nip);
        Assert.DoesNotContain(await Overdue(), c => c.CaseId == @case.CaseId);
    }

    [Fact]
    public async Task The_PPKs_designee_forms_a_tim_pemeriksa()
    {
        var (org, _, @case) = await _cases.OpenAsync(impact: Impact.State);
        var designee = await host.Suite.PersonnelClient.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = DisciplineClockHost.PpkDesignee, Name = "Ahmad Fauzi", EmploymentType = EmploymentType.Pns, UnitCode = org.Root.Code,
            Position = "Sekretaris Daerah", PositionLevel = PositionLevel.JptPratama,
        }, SuiteHost.As(Roles.Hr));
        var auditor = await Steps.StaffOfAsync("INSPEKTORAT", PositionLevel.Fungsional, "Agus Priyanto");
        var analyst = await Steps.StaffOfAsync("BKPSDM", PositionLevel.Fungsional, "Dewi Lestari");

        var formed = await Discipline.FormExaminationTeamAsync(new FormExaminationTeamRequest
        {
            CaseId = @case.CaseId, DecreeNumber = "800.1.6.4/SK-TIM/02/2026",
            Members =
            {
                new TeamMemberRequest { Nip = org.KepalaSeksi.Nip, Role = TeamRole.AtasanLangsung },
                new TeamMemberRequest { Nip = auditor.Nip, Role = TeamRole.Inspektorat },
                new TeamMemberRequest { Nip = analyst.Nip, Role = TeamRole.Bkpsdm },
            },
        }, HearingSteps.Official(designee));

        Assert.Equal(designee.Nip, formed.Hearing.Team.FormedBy.Nip);
    }

    [Fact]
    public async Task The_PPKs_delegate_orders_a_transfer_on_an_organisational_ground()
    {
        var (_, _, @case) = await _cases.OpenAsync(frontLine: false);
        var tumbit = await new PersonnelFixtures(host.Suite).UnitAsync(frontLine: false, prefix: "TUMBIT");

        var ordered = await Discipline.OrderTransferAsync(new OrderTransferRequest
        {
            CaseId = @case.CaseId, ToUnitCode = tumbit.Code, ToPosition = "Staf PEK", DecreeNumber = "821.2/046/BKPSDM/2026",
            EffectiveDate = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Ground = TransferGround.CareerDevelopment, Reason = "Pola karier pelaksana",
        }, HearingSteps.Official(DisciplineClockHost.TransferDelegate));

        Assert.Equal((TransferStatus.Requested, TransferGround.CareerDevelopment, DisciplineClockHost.TransferDelegate),
            (ordered.Transfer.Status, ordered.Transfer.Ground, ordered.Transfer.OrderedBy));
    }

    private Task<Case> Read(Case @case) =>
        Discipline.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Auditor)).ResponseAsync;

    private async Task<IReadOnlyList<Case>> Overdue() =>
        (await Discipline.ListCasesAsync(new ListCasesRequest { SummonsOverdueOnly = true, PageSize = 200 }, SuiteHost.As(Roles.Hr))).Cases;
}
