using Berau.Disiplin.Personnel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.WorkingTime;

public static class HolidayCalendarStore
{
    /// <summary>Replaces one year's holidays and cuti bersama with <paramref name="holidays"/>, in one transaction.</summary>
    public static async Task ReplaceHolidaysAsync(this PersonnelDbContext db, int year, IReadOnlyCollection<Holiday> holidays,
        CancellationToken cancellationToken)
    {
        // Rows of that year tracked from an earlier call would clash with the new ones of the same date.
        foreach (var tracked in db.ChangeTracker.Entries<Holiday>().Where(e => e.Entity.Date.Year == year).ToList())
            tracked.State = EntityState.Detached;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Holidays.Where(h => h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31))
            .ExecuteDeleteAsync(cancellationToken);
        db.Holidays.AddRange(holidays);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
