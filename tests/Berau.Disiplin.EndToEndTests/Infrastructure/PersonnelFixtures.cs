using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Google.Protobuf.WellKnownTypes;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>Sets up Personnel's data through its public API, unique per test, as BKPSDM would.</summary>
public sealed class PersonnelFixtures(SuiteHost suite)
{

    private PersonnelService.PersonnelServiceClient Client => suite.PersonnelClient;

    public static string UniqueCode(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 13)].ToUpperInvariant();

    /// <summary>A fresh, valid PNS NIP (one generator for all tests: sequence 001–999, never issued twice).</summary>
    public static string NewNip() => PersonnelTestData.PnsNip();

    /// <summary>A unit with the regency's usual hours: Mon–Thu 07:30–16:00, Fri 07:30–16:30, with breaks.</summary>
    public async Task<Unit> UnitAsync(bool frontLine = true, string prefix = "UNIT", string parentCode = "")
    {
        var unit = await Client.CreateUnitAsync(new CreateUnitRequest
        {
            Code = UniqueCode(prefix), Name = $"Unit uji {prefix}", FrontLine = frontLine, ParentCode = parentCode,
        }, SuiteHost.As(Roles.Hr));
        var schedule = new SetWorkScheduleRequest { UnitCode = unit.Code };
        for (var day = 1; day <= 4; day++)
            schedule.Days.Add(new DayHours { DayOfWeek = day, Start = "07:30", End = "16:00", BreakStart = "12:00", BreakEnd = "13:00" });
        schedule.Days.Add(new DayHours { DayOfWeek = 5, Start = "07:30", End = "16:30", BreakStart = "11:30", BreakEnd = "13:00" });
        await Client.SetWorkScheduleAsync(schedule, SuiteHost.As(Roles.Hr));
        return unit;
    }

    public async Task<Employee> EmployeeAsync(Unit unit, string name = "Rina Lestari",
        EmploymentType type = EmploymentType.Pns, PositionLevel level = PositionLevel.Pelaksana,
        string position = "Pengadministrasi Layanan Kependudukan") =>
        await Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = NewNip(), Name = name, EmploymentType = type, UnitCode = unit.Code,
            Position = position, PositionLevel = level,
        }, SuiteHost.As(Roles.Hr));

    public async Task<OfficialAccount> OfficialAccountAsync(Unit unit, string handle) =>
        await Client.RegisterOfficialAccountAsync(new RegisterOfficialAccountRequest
        {
            UnitCode = unit.Code, Platform = "tiktok", Handle = handle,
            ValidFrom = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(8))),
        }, SuiteHost.As(Roles.Hr));
}
