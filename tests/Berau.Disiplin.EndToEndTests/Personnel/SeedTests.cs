using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Seed;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PersonnelProgram = Berau.Disiplin.Personnel.Program;

namespace Berau.Disiplin.EndToEndTests.Personnel;

[Collection(SuiteCollection.Name)]
public sealed class SeedTests(SuiteHost suite)
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    /// <summary>The operator command, as <c>dotnet Berau.Disiplin.Personnel.dll seed</c> runs it, on the suite's database.</summary>
    private Task<int> SeedCommandAsync() => PersonnelProgram.Main(
    [
        "seed",
        "--environment=Testing",
        $"--ConnectionStrings:Database={suite.Personnel.ConnectionString}",
        $"--Auth:SigningKey={TestInfrastructure.SigningKey}",
        "--Logging:LogLevel:Default=Warning",
    ]);

    /// <summary>
    /// The seeded data, by key. Not the clerk's unit: a demo replay in the same suite may have transferred her, and the
    /// seeder rightly leaves that alone.
    /// </summary>
    private async Task<(int Units, int Employees, int Accounts, int Holidays, string Tree)> SnapshotAsync()
    {
        await using var scope = suite.Personnel.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PersonnelDbContext>();
        var codes = DemoCast.Units.Select(u => u.Code).ToList();
        var nips = DemoCast.Employees.Select(e => e.Nip).ToList();
        var units = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).OrderBy(u => u.Code)
            .Select(u => $"{u.Code}<{u.ParentCode}>{u.HeadNip}").ToListAsync();
        return (units.Count,
            await db.Employees.CountAsync(e => nips.Contains(e.Nip)),
            await db.OfficialAccounts.CountAsync(a => a.Platform == "tiktok" && a.Handle == DemoCast.OfficialTikTokHandle),
            await db.Holidays.CountAsync(h => h.Date.Year == 2026),
            string.Join(" ", units));
    }

    /// <summary>The tree and heads the cast describes, in the snapshot's form.</summary>
    private static string CastTree() => string.Join(" ", DemoCast.Units.OrderBy(u => u.Code, StringComparer.Ordinal).Select(u =>
        $"{u.Code}<{u.ParentCode}>{DemoCast.UnitHeads.SingleOrDefault(h => h.UnitCode == u.Code).HeadNip}"));

    [Fact]
    public async Task Seeding_twice_gives_the_same_demo_cast_with_its_tree_and_heads()
    {
        Assert.Equal(0, await SeedCommandAsync());
        var first = await SnapshotAsync();
        Assert.Equal(0, await SeedCommandAsync());
        var second = await SnapshotAsync();

        Assert.Equal((DemoCast.Units.Count, DemoCast.Employees.Count, 1, 25, CastTree()), first);
        Assert.Equal(first, second);
        Assert.Equal((10, 13, 7), (DemoCast.Units.Count, DemoCast.Employees.Count, DemoCast.UnitHeads.Count));
    }

    [Fact]
    public async Task A_database_seeded_before_the_organisation_chain_is_brought_up_to_date_once()
    {
        Assert.Equal(0, await SeedCommandAsync());
        // The shape an earlier seed left: its units at the top level, the counters directly under the Dinas, no heads.
        var hr = SuiteHost.As(Roles.Hr);
        foreach (var (unitCode, _) in DemoCast.UnitHeads)
            await suite.PersonnelClient.SetUnitHeadAsync(new SetUnitHeadRequest { UnitCode = unitCode }, hr);
        foreach (var seed in DemoCast.Units.Where(u => u.Moved))
        {
            var unit = await suite.PersonnelClient.GetUnitAsync(new GetUnitRequest { Code = seed.Code }, hr);
            await suite.PersonnelClient.UpdateUnitAsync(new UpdateUnitRequest
            {
                Code = seed.Code, Name = unit.Name, ParentCode = seed.FormerParentCode ?? "", FrontLine = unit.FrontLine,
            }, hr);
        }
        // A post HR has filled otherwise since is left as HR set it.
        await suite.PersonnelClient.SetUnitHeadAsync(new SetUnitHeadRequest
        { UnitCode = DemoCast.DisdukcapilDafduk, HeadNip = DemoCast.KepalaDinas }, hr);

        await using var scope = suite.Personnel.App.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        var upgrade = await seeder.SeedAsync(CancellationToken.None);
        var again = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

        Assert.Equal((0, 6, 0, 6), (upgrade.UnitsCreated, upgrade.UnitsMoved, upgrade.EmployeesCreated, upgrade.HeadsAppointed));
        Assert.Equal((0, 0, 0, 0), (again.UnitsCreated, again.UnitsMoved, again.EmployeesCreated, again.HeadsAppointed));
        var dafduk = await suite.PersonnelClient.GetUnitAsync(new GetUnitRequest { Code = DemoCast.DisdukcapilDafduk }, hr);
        Assert.Equal(DemoCast.KepalaDinas, dafduk.Head.Nip);
        var counters = await suite.PersonnelClient.GetUnitAsync(new GetUnitRequest { Code = DemoCast.DisdukcapilCounters }, hr);
        Assert.Equal((DemoCast.DisdukcapilDafduk, DemoCast.KepalaSeksi), (counters.ParentCode, counters.Head.Nip));

        // Put the cast's own Kepala Bidang back, for the tests that read the seeded chain.
        await suite.PersonnelClient.SetUnitHeadAsync(new SetUnitHeadRequest
        { UnitCode = DemoCast.DisdukcapilDafduk, HeadNip = DemoCast.KepalaBidang }, hr);
        Assert.Equal(CastTree(), (await SnapshotAsync()).Tree);
    }

    [Fact]
    public async Task The_seeded_counter_clerk_was_on_duty_on_Tuesday_at_1014_and_the_Disdukcapil_TikTok_is_official()
    {
        Assert.Equal(0, await SeedCommandAsync());
        var tuesday = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 10, 14, 0, Wita));

        var clerk = await suite.PersonnelClient.GetEmployeeAsync(new GetEmployeeRequest { Nip = DemoCast.CounterClerk }, SuiteHost.As(Roles.Service));
        Assert.Equal((EmploymentType.Pns, PositionLevel.Pelaksana), (clerk.EmploymentType, clerk.PositionLevel));

        var duty = await suite.PersonnelClient.CheckDutyAsync(new CheckDutyRequest { Nip = DemoCast.CounterClerk, At = tuesday },
            SuiteHost.As(Roles.Service));
        Assert.Equal(DutyStatus.OnDuty, duty.Status);

        var official = await suite.PersonnelClient.CheckAccountAsync(new CheckAccountRequest
        {
            Platform = "tiktok", Handle = "https://www.tiktok.com/@disdukcapil.berau?lang=id", At = tuesday,
        }, SuiteHost.As(Roles.Service));
        Assert.True(official.Official);
        Assert.Equal(DemoCast.Disdukcapil, official.Account.UnitCode);

        // Idul Fitri 1447 H (Saturday 21 March 2026) is in the seeded calendar; the cuti bersama after it too.
        var lebaran = await suite.PersonnelClient.CheckDutyAsync(new CheckDutyRequest
        {
            Nip = DemoCast.KepalaDinas, At = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 23, 10, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Service));
        Assert.Equal(DutyStatus.Holiday, lebaran.Status);
        Assert.Contains("cuti bersama", lebaran.Explanation);
        Assert.Contains("Keppres 42/2025", lebaran.Explanation);
        Assert.False(lebaran.Provisional);
    }

    [Fact]
    public async Task An_unknown_command_is_refused_naming_the_seed_command()
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(2, await PersonnelProgram.Main(["sow"]));
        }
        finally
        {
            Console.SetError(original);
        }
        Assert.Contains("Commands: migrate, token, seed", error.ToString());
    }
}
