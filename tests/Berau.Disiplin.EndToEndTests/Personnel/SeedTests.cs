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
    private async Task<(int Units, int Employees, int Accounts, int Holidays)> SnapshotAsync()
    {
        await using var scope = suite.Personnel.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PersonnelDbContext>();
        var codes = DemoCast.Units.Select(u => u.Code).ToList();
        var nips = DemoCast.Employees.Select(e => e.Nip).ToList();
        return (await db.Units.CountAsync(u => codes.Contains(u.Code)),
            await db.Employees.CountAsync(e => nips.Contains(e.Nip)),
            await db.OfficialAccounts.CountAsync(a => a.Platform == "tiktok" && a.Handle == DemoCast.OfficialTikTokHandle),
            await db.Holidays.CountAsync(h => h.Date.Year == 2026));
    }

    [Fact]
    public async Task Seeding_twice_gives_the_same_demo_cast()
    {
        Assert.Equal(0, await SeedCommandAsync());
        var first = await SnapshotAsync();
        Assert.Equal(0, await SeedCommandAsync());
        var second = await SnapshotAsync();

        Assert.Equal((DemoCast.Units.Count, DemoCast.Employees.Count, 1, 25), first);
        Assert.Equal(first, second);
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
