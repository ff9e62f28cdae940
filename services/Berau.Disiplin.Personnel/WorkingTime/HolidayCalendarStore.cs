using Berau.Disiplin.Personnel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.WorkingTime;

public static class HolidayCalendarStore
{
    /// <summary>
    /// Replaces one year's holidays and cuti bersama with <paramref name="holidays"/> and records the year as set
    /// (<see cref="HolidayYear"/>), in one transaction.
    /// </summary>
    public static async Task ReplaceHolidaysAsync(this PersonnelDbContext db, int year, IReadOnlyCollection<Holiday> holidays,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Rows of that year tracked from an earlier call would clash with the new ones of the same date.
        foreach (var tracked in db.ChangeTracker.Entries<Holiday>().Where(e => e.Entity.Date.Year == year).ToList())
            tracked.State = EntityState.Detached;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Holidays.Where(h => h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31))
            .ExecuteDeleteAsync(cancellationToken);
        db.Holidays.AddRange(holidays);
        await db.SaveChangesAsync(cancellationToken);
        // An upsert: two first settings of a year at once both succeed, the later one's time kept.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO holiday_years (year, set_at) VALUES ({year}, {now}) ON CONFLICT (year) DO UPDATE SET set_at = excluded.set_at",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Of <paramref name="years"/>, those whose calendar was never set, in the same order.</summary>
    public static async Task<IReadOnlyList<int>> UnconfiguredYearsAsync(this PersonnelDbContext db, IReadOnlyList<int> years,
        CancellationToken cancellationToken)
    {
        var set = await db.HolidayYears.AsNoTracking().Where(y => years.Contains(y.Year)).Select(y => y.Year)
            .ToListAsync(cancellationToken);
        return years.Except(set).ToList();
    }
}
