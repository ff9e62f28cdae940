using Berau.Disiplin.Contracts.Personnel.V1;
using Grpc.Core;

namespace Berau.Disiplin.Faults;

/// <summary>The employees the flows report: one unit with the regency's hours, one PNS clerk a flow.</summary>
internal static class Cast
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    public static async Task<List<string>> RegisterAsync(PersonnelService.PersonnelServiceClient personnel, Metadata hr, int count)
    {
        var unit = await personnel.CreateUnitAsync(new CreateUnitRequest
        {
            Code = $"FAULTS-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}", Name = "Loket pelayanan (fault run)", FrontLine = true,
        }, hr);
        var hours = new SetWorkScheduleRequest { UnitCode = unit.Code };
        for (var day = 1; day <= 5; day++)
            hours.Days.Add(new DayHours { DayOfWeek = day, Start = "07:30", End = "16:00", BreakStart = "12:00", BreakEnd = "13:00" });
        await personnel.SetWorkScheduleAsync(hours, hr);

        var nips = new HashSet<string>();
        var random = new Random(20261204);
        while (nips.Count < count)
        {
            var birth = new DateOnly(1975, 1, 1).AddDays(random.Next(0, 9000));
            var appointed = new DateOnly(Math.Min(birth.Year + 22 + random.Next(0, 4), 2024), random.Next(1, 13), 1);
            nips.Add($"{birth:yyyyMMdd}{appointed:yyyyMM}{random.Next(1, 3)}{random.Next(1, 1000):D3}");
        }
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(nips.Select(async (nip, i) =>
        {
            await gate.WaitAsync();
            try
            {
                await personnel.RegisterEmployeeAsync(new RegisterEmployeeRequest
                {
                    Nip = nip, Name = $"Pegawai Uji {i + 1}", EmploymentType = EmploymentType.Pns, UnitCode = unit.Code,
                    Position = "Pengadministrasi Layanan Kependudukan", PositionLevel = PositionLevel.Pelaksana,
                }, hr);
            }
            finally
            {
                gate.Release();
            }
        }));
        return nips.ToList();
    }

    /// <summary>The last Tuesday at 10:14 WITA at least a day ago: a working day, within hours.</summary>
    public static DateTimeOffset LastTuesdayMorning()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(Wita).AddDays(-1);
        var at = new DateTimeOffset(now.Year, now.Month, now.Day, 10, 14, 0, Wita);
        while (at.DayOfWeek != DayOfWeek.Tuesday || at > now) at = at.AddDays(-1);
        return at;
    }
}
