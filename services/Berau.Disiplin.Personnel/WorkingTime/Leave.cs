namespace Berau.Disiplin.Personnel.WorkingTime;

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
