using Berau.Disiplin.Contracts.Personnel.V1;
using ProtoUnit = Berau.Disiplin.Contracts.Personnel.V1.Unit;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Infrastructure;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>Data unique to each test: the suite's database is shared, so nothing may assume an empty table.</summary>
internal static class PersonnelTestData
{
    private static readonly HashSet<string> Issued = [];

    public static string UnitCode(string prefix = "T") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(30, prefix.Length + 13)].ToUpperInvariant();

    /// <summary>A PNS NIP with a valid structure that no other test in this run was given.</summary>
    public static string PnsNip()
    {
        lock (Issued)
        {
            while (true)
            {
                var birth = new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(0, 30 * 365));
                var appointed = new DateOnly(birth.Year + 20 + Random.Shared.Next(0, 6), Random.Shared.Next(1, 13), 1);
                var nip = $"{birth:yyyyMMdd}{appointed:yyyyMM}{Random.Shared.Next(1, 3)}{Random.Shared.Next(1, 1000):000}";
                if (Issued.Add(nip)) return nip;
            }
        }
    }

    public static string ContractNumber() => $"KTR-{Guid.NewGuid():N}"[..20].ToUpperInvariant();

    public static async Task<ProtoUnit> NewUnitAsync(SuiteHost suite, string? parent = null, bool frontLine = false, string? name = null) =>
        await suite.PersonnelClient.CreateUnitAsync(new CreateUnitRequest
        {
            Code = UnitCode(),
            Name = name ?? "Unit uji",
            ParentCode = parent ?? "",
            FrontLine = frontLine,
        }, SuiteHost.As(Roles.Hr));

    public static async Task<Employee> NewPnsAsync(SuiteHost suite, string unitCode, string name = "Pegawai Uji",
        string position = "Pengadministrasi Umum") =>
        await suite.PersonnelClient.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = PnsNip(),
            Name = name,
            EmploymentType = EmploymentType.Pns,
            UnitCode = unitCode,
            Position = position,
            PositionLevel = PositionLevel.Pelaksana,
        }, SuiteHost.As(Roles.Hr));
}
