using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>
/// An employee's leave (cuti): whole local days, first and last inclusive. An employee's leaves never overlap: a day
/// of absence has one reason.
/// </summary>
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

    /// <summary>
    /// Records leave from <paramref name="firstDay"/> to <paramref name="lastDay"/>, unless it overlaps one of
    /// <paramref name="employeesLeaves"/> (the employee's leave recorded already; those that cannot overlap may be left
    /// out).
    /// </summary>
    public static Leave Record(Guid id, string nip, DateOnly firstDay, DateOnly lastDay, string kind,
        IEnumerable<Leave> employeesLeaves, DateTimeOffset now)
    {
        if (lastDay < firstDay)
            throw ValidationFailedException.For("last_day", "must not be before first_day");
        if (employeesLeaves.FirstOrDefault(l => l.Overlaps(firstDay, lastDay)) is { } overlapping)
            throw new InvalidStateException(
                $"Employee {nip} already has leave ({overlapping.Kind}) from {Wita.Iso(overlapping.FirstDay)} " +
                $"to {Wita.Iso(overlapping.LastDay)}, which overlaps this one.", "OVERLAPPING_LEAVE");
        return new Leave { Id = id, Nip = nip, FirstDay = firstDay, LastDay = lastDay, Kind = kind, RecordedAt = now };
    }

    public bool Covers(DateOnly day) => day >= FirstDay && day <= LastDay;

    public bool Overlaps(DateOnly firstDay, DateOnly lastDay) => firstDay <= LastDay && lastDay >= FirstDay;
}
