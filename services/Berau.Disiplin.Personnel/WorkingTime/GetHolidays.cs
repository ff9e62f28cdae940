using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>One year's national holidays and cuti bersama.</summary>
public sealed record GetHolidays(int Year);

/// <summary>A year's holidays, and whether the year was ever set (an empty list of an unset year means "unknown").</summary>
public sealed record HolidayCalendarView(int Year, IReadOnlyList<Holiday> Holidays, bool Configured);

public sealed class GetHolidaysHandler(PersonnelDbContext db)
{
    public async Task<HolidayCalendarView> HandleAsync(GetHolidays query, CancellationToken cancellationToken)
    {
        var holidays = await db.Holidays.AsNoTracking()
            .Where(h => h.Date >= new DateOnly(query.Year, 1, 1) && h.Date <= new DateOnly(query.Year, 12, 31))
            .ToListAsync(cancellationToken);
        var configured = await db.HolidayYears.AnyAsync(y => y.Year == query.Year, cancellationToken);
        return new HolidayCalendarView(query.Year, holidays, configured);
    }
}

public static class GetHolidaysMapping
{
    public static GetHolidays ToQuery(Proto.GetHolidaysRequest request, DateOnly today)
    {
        var v = new Validator();
        LocalDates.CheckYear(v, request.Year, today);
        v.ThrowIfInvalid();
        return new GetHolidays(request.Year);
    }
}
