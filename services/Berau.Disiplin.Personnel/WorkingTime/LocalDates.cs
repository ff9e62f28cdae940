using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>
/// Which local dates the calendar accepts: from 2000 to the end of next year. Holiday calendars are published about a
/// year ahead, so a date further out is a typing error, not a plan.
/// </summary>
public static class LocalDates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static DateOnly Latest(DateOnly today) => new(today.Year + 1, 12, 31);

    /// <summary>Parses <c>yyyy-MM-dd</c>; records a violation and returns null when it is not a date in range.</summary>
    public static DateOnly? Parse(Validator v, string field, string? text, DateOnly today, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) v.Add(field, "is required");
            return null;
        }
        if (!Wita.TryParseIso(text.Trim(), out var date))
        {
            v.Add(field, "must be a date as yyyy-MM-dd");
            return null;
        }
        return Check(v, field, date, today) ? date : null;
    }

    public static bool Check(Validator v, string field, DateOnly date, DateOnly today)
    {
        if (date < Earliest) v.Add(field, $"must not be before {Wita.Iso(Earliest)}");
        else if (date > Latest(today)) v.Add(field, $"must not be after {Wita.Iso(Latest(today))} (the end of next year)");
        else return true;
        return false;
    }

    /// <summary>The same bound for an instant, judged on its WITA date.</summary>
    public static bool Check(Validator v, string field, DateTimeOffset instant, DateOnly today) =>
        Check(v, field, Wita.LocalDate(instant), today);

    /// <summary>A required instant in range; records a violation (and returns a stand-in) when it is missing or out of range.</summary>
    public static DateTimeOffset RequiredInstant(Validator v, string field, DateTimeOffset? instant, DateOnly today)
    {
        if (instant is not { } at) v.Add(field, "is required");
        else Check(v, field, at, today);
        return instant.GetValueOrDefault();
    }

    /// <summary>The same bound for a calendar year.</summary>
    public static void CheckYear(Validator v, int year, DateOnly today) =>
        v.Check(year >= Earliest.Year && year <= Latest(today).Year, "year",
            $"must be from {Earliest.Year} to {Latest(today).Year}");
}
