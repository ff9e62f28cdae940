namespace Berau.Disiplin.Personnel.Seed;

/// <summary>
/// National holidays and cuti bersama as the SKB 3 Menteri sets them each year, and for ASN the cuti bersama as a Keppres
/// sets them. The 2026 list: the 17 holidays of SKB Menteri Agama, Menteri Ketenagakerjaan and Menteri PANRB No. 1497,
/// 2 and 5 of 2025, and the 8 cuti bersama of Keppres 42/2025 (31 December 2025, cuti bersama for ASN in 2026: the same
/// dates as the SKB). All 25 dates were checked against secondary sources (reference/asn-discipline-law.md); check the
/// texts themselves before going live. A year not listed here is unknown until set with SetHolidays: a working-day
/// count that crosses it is answered as provisional. Add each new year's list here or set it with SetHolidays.
/// </summary>
public static class NationalHolidays
{
    /// <summary>The source of 2026's cuti bersama for ASN, named in each one's description.</summary>
    public const string CutiBersama2026 = "Keppres 42/2025";

    public sealed record Entry(DateOnly Date, string Name, bool CollectiveLeave = false);

    public static IReadOnlyDictionary<int, IReadOnlyList<Entry>> ByYear { get; } = new Dictionary<int, IReadOnlyList<Entry>>
    {
        [2026] =
        [
            new(new(2026, 1, 1), "Tahun Baru 2026 Masehi"),
            new(new(2026, 1, 16), "Isra Mikraj Nabi Muhammad SAW"),
            new(new(2026, 2, 16), $"Cuti bersama Tahun Baru Imlek ({CutiBersama2026})", CollectiveLeave: true),
            new(new(2026, 2, 17), "Tahun Baru Imlek 2577 Kongzili"),
            new(new(2026, 3, 18), $"Cuti bersama Hari Suci Nyepi ({CutiBersama2026})", CollectiveLeave: true),
            new(new(2026, 3, 19), "Hari Suci Nyepi Tahun Baru Saka 1948"),
            new(new(2026, 3, 20), $"Cuti bersama Idul Fitri 1447 H ({CutiBersama2026})", CollectiveLeave: true),
            new(new(2026, 3, 21), "Idul Fitri 1447 H"),
            new(new(2026, 3, 22), "Idul Fitri 1447 H"),
            new(new(2026, 3, 23), $"Cuti bersama Idul Fitri 1447 H ({CutiBersama2026})", CollectiveLeave: true),
            new(new(2026, 3, 24), $"Cuti bersama Idul Fitri 1447 H ({CutiBersama2026})", CollectiveLeave: true),
            new(new(2026, 4, 3), "Wafat Yesus Kristus"),
            new(new(2026, 4, 5), "Kebangkitan Yesus Kristus (Paskah)"),
            new(new(2026, 5, 1), "Hari Buruh Internasional"),
            new(new(2026, 5, 14), "Kenaikan Yesus Kristus"),
            new(new(2026, 5, 15), $"Cuti bersama Kenaikan Yesus Kristus ({CutiBersama2026})", CollectiveLeave: true),
            new(new(2026, 5, 27), "Idul Adha 1447 H"),
            new(new(2026, 5, 28), $"Cuti bersama Idul Adha 1447 H ({CutiBersama2026})", CollectiveLeave: true),
            new(new(2026, 5, 31), "Hari Raya Waisak 2570 BE"),
            new(new(2026, 6, 1), "Hari Lahir Pancasila"),
            new(new(2026, 6, 16), "Tahun Baru Islam 1448 H"),
            new(new(2026, 8, 17), "Hari Proklamasi Kemerdekaan Republik Indonesia"),
            new(new(2026, 8, 25), "Maulid Nabi Muhammad SAW"),
            new(new(2026, 12, 24), $"Cuti bersama Hari Raya Natal ({CutiBersama2026})", CollectiveLeave: true),
            new(new(2026, 12, 25), "Hari Raya Natal"),
        ],
    };
}
