using Berau.Disiplin.Hosting;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Accounts;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Personnel.WorkingTime;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.Seed;

public sealed record SeedOutcome(int UnitsCreated, int EmployeesCreated, int AccountsCreated, IReadOnlyList<int> HolidayYears,
    bool DefaultScheduleCreated);

/// <summary>
/// Seeds the demo through the domain (the same rules as the API), idempotently: what exists is left as it is, so a
/// second run changes nothing and a clerk the demo has transferred stays transferred. The holiday years it knows are
/// set to its list (the same list twice is the same calendar).
/// </summary>
public sealed class DemoSeeder(PersonnelDbContext db, EmployeeRules rules, TimeProvider time)
{
    /// <summary>The <c>seed</c> operator command.</summary>
    public static async Task<int> RunCommandAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        Console.WriteLine($"Seeded: {outcome.UnitsCreated} units, {outcome.EmployeesCreated} employees and " +
                          $"{outcome.AccountsCreated} official accounts created; holidays set for " +
                          $"{string.Join(", ", outcome.HolidayYears)}; regency default schedule " +
                          (outcome.DefaultScheduleCreated ? "created." : "kept."));
        var thisYear = Wita.Today(app.Services.GetRequiredService<TimeProvider>()).Year;
        if (!outcome.HolidayYears.Contains(thisYear))
            await Console.Error.WriteLineAsync($"No holiday list for {thisYear} in the seed: set it with SetHolidays.");
        return 0;
    }

    public async Task<SeedOutcome> SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = Wita.LocalDate(now);

        var units = 0;
        var existingUnits = await db.Units.Select(u => u.Code).ToHashSetAsync(cancellationToken);
        foreach (var u in DemoCast.Units.Where(u => !existingUnits.Contains(u.Code)))
        {
            db.Units.Add(Unit.Create(u.Code, u.Name, u.ParentCode, u.FrontLine, now));
            existingUnits.Add(u.Code);
            units++;
        }
        await db.SaveChangesAsync(cancellationToken);

        var employees = 0;
        var castNips = DemoCast.Employees.Select(e => e.Nip).ToList();
        var existingEmployees = await db.Employees.Where(e => castNips.Contains(e.Nip)).Select(e => e.Nip)
            .ToHashSetAsync(cancellationToken);
        foreach (var e in DemoCast.Employees.Where(e => !existingEmployees.Contains(e.Nip)))
        {
            var v = new Validator();
            rules.Check(v, e.AsDraft(), existingUnits.Contains, today);
            v.ThrowIfInvalid();
            db.Employees.Add(Employee.Register(e, now));
            employees++;
        }

        var accounts = 0;
        if (!await db.OfficialAccounts.AnyAsync(a => a.Platform == DemoCast.OfficialTikTokPlatform
                                                     && a.Handle == DemoCast.OfficialTikTokHandle, cancellationToken))
        {
            db.OfficialAccounts.Add(OfficialAccount.Register(Ids.New(time), DemoCast.Disdukcapil,
                new SocialHandle(DemoCast.OfficialTikTokPlatform, DemoCast.OfficialTikTokHandle),
                DemoCast.OfficialTikTokSince, validTo: null, registered: [], now));
            accounts++;
        }

        var defaultSchedule = false;
        if (!await db.WorkSchedules.AnyAsync(s => s.Scope == WorkSchedule.RegencyDefault, cancellationToken))
        {
            db.WorkSchedules.Add(WorkSchedule.Define(null, RegencyDefaultWeek.Days, now));
            defaultSchedule = true;
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (year, entries) in NationalHolidays.ByYear)
        {
            await db.ReplaceHolidaysAsync(year,
                entries.Select(h => Holiday.On(h.Date, h.Name, h.CollectiveLeave)).ToList(), cancellationToken);
        }
        return new SeedOutcome(units, employees, accounts, NationalHolidays.ByYear.Keys.Order().ToList(), defaultSchedule);
    }
}
