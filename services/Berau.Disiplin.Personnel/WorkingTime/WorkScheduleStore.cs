using Berau.Disiplin.Personnel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.WorkingTime;

public static class WorkScheduleStore
{
    /// <summary>The unit's own schedule, else the regency default (also for no unit).</summary>
    public static async Task<WorkSchedule> ScheduleForAsync(this PersonnelDbContext db, string? unitCode,
        CancellationToken cancellationToken)
    {
        var schedules = await db.WorkSchedules.AsNoTracking()
            .Where(s => s.Scope == WorkSchedule.RegencyDefault || s.Scope == unitCode).ToListAsync(cancellationToken);
        return schedules.FirstOrDefault(s => !s.IsRegencyDefault)
               ?? schedules.FirstOrDefault()
               // The migration writes the default row; should an operator have deleted it, the regulation's week applies.
               ?? WorkSchedule.Define(null, RegencyDefaultWeek.Days, DateTimeOffset.UnixEpoch);
    }
}
