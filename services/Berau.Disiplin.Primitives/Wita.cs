using System.Globalization;

namespace Berau.Disiplin.Primitives;

/// <summary>
/// Berau's local time, WITA (Waktu Indonesia Tengah, UTC+8, no daylight saving), and the one way dates are written:
/// ISO dates in invariant culture for machines, "4 Desember 2026" for people.
/// </summary>
public static class Wita
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    private static readonly string[] IndonesianMonths =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The calendar day in Berau at <paramref name="instant"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider time) => LocalDate(time.GetUtcNow());

    /// <summary>The start of a Berau calendar day as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>ISO 8601 with the offset, e.g. <c>2026-11-24T10:14:00+08:00</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary><c>2026-12-04</c>, whatever the thread's culture.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseIso(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly ParseIso(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>4 Desember 2026</c>, as official letters write a date.</summary>
    public static string Indonesian(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {IndonesianMonths[date.Month - 1]} {date.Year}");

    /// <summary><c>4 Desember 2026 pukul 10.14 WITA</c>.</summary>
    public static string Indonesian(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Indonesian(DateOnly.FromDateTime(local.DateTime))} pukul {local.Hour:00}.{local.Minute:00} WITA");
    }
}
