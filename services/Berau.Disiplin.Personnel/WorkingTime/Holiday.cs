namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>
/// A national holiday (hari libur nasional) or collective-leave day (cuti bersama) of the SKB 3 Menteri calendar:
/// not a working day anywhere in the regency.
/// </summary>
public sealed class Holiday
{
    public const int MaxNameLength = 200;

    private Holiday() { }

    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";
    public bool CollectiveLeave { get; private set; }

    public static Holiday On(DateOnly date, string name, bool collectiveLeave) =>
        new() { Date = date, Name = name, CollectiveLeave = collectiveLeave };

    public string Describe() => $"{LocalDates.Format(Date)} is {(CollectiveLeave ? "cuti bersama" : "a national holiday")}: {Name}";
}

/// <summary>An employee's leave (cuti): whole local days, first and last inclusive.</summary>
public sealed class Leave
{
    public const int MaxKindLength = 100;

    private Leave() { }

    public Guid Id { get; private set; }
    public string Nip { get; private set; } = "";
    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }
    /// <summary>e.g. cuti tahunan, cuti sakit, cuti besar, cuti melahirkan, cuti alasan penting.</summary>
    public string Kind { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public static Leave Record(Guid id, string nip, DateOnly firstDay, DateOnly lastDay, string kind, DateTimeOffset now) =>
        new() { Id = id, Nip = nip, FirstDay = firstDay, LastDay = lastDay, Kind = kind, RecordedAt = now };

    public bool Covers(DateOnly day) => day >= FirstDay && day <= LastDay;

    public bool Overlaps(DateOnly firstDay, DateOnly lastDay) => firstDay <= LastDay && lastDay >= FirstDay;
}
