using Berau.Disiplin.Primitives;

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

    public string Describe() => $"{Wita.Iso(Date)} is {(CollectiveLeave ? "cuti bersama" : "a national holiday")}: {Name}";
}
