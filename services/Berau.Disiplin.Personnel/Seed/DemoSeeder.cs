using Berau.Disiplin.Hosting;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Accounts;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Personnel.WorkingTime;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.Seed;

public sealed record SeedOutcome(int UnitsCreated, int UnitsMoved, int EmployeesCreated, int HeadsAppointed,
    int AccountsCreated, IReadOnlyList<int> HolidayYears, bool DefaultScheduleCreated);

/// <summary>
/// Seeds the demo through the domain (the same rules as the API), idempotently: what exists is left as it is, so a
/// second run changes nothing and a clerk the demo has transferred stays transferred. A database an earlier version
/// seeded is brought up to date: the units it put at the top level go under <see cref="DemoCast.PemkabBerau"/>, the
/// counters under the Bidang Dafduk (<see cref="DemoCast.UnitSeed.Moved"/>), and the cast's head posts are filled
/// where they are empty and the cast's head is still posted there. The holiday years it knows are set to its list
/// (the same list twice is the same calendar).
/// </summary>
public sealed class DemoSeeder(PersonnelDbContext db, EmployeeRules rules, TimeProvider time)
{
    /// <summary>The <c>seed</c> operator command.</summary>
    public static async Task<int> RunCommandAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        Console.WriteLine($"Seeded: {outcome.UnitsCreated} units created and {outcome.UnitsMoved} moved, " +
                          $"{outcome.EmployeesCreated} employees created, {outcome.HeadsAppointed} heads appointed, " +
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

        var (unitsCreated, unitsMoved) = await SeedUnitsAsync(now, cancellationToken);
        var existingUnits = await db.Units.Select(u => u.Code).ToHashSetAsync(cancellationToken);

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

        await db.SaveChangesAsync(cancellationToken);
        var heads = await AppointHeadsAsync(now, cancellationToken);

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
                entries.Select(h => Holiday.On(h.Date, h.Name, h.CollectiveLeave)).ToList(), now, cancellationToken);
        }
        return new SeedOutcome(unitsCreated, unitsMoved, employees, heads, accounts,
            NationalHolidays.ByYear.Keys.Order().ToList(), defaultSchedule);
    }

    /// <summary>Creates the cast's missing units and moves those an earlier seed placed elsewhere.</summary>
    private async Task<(int Created, int Moved)> SeedUnitsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var codes = DemoCast.Units.Select(u => u.Code).ToList();
        var units = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, cancellationToken);
        var (created, moved) = (0, 0);
        foreach (var seed in DemoCast.Units)
        {
            if (!units.TryGetValue(seed.Code, out var unit))
            {
                unit = Unit.Create(seed.Code, seed.Name, seed.ParentCode, seed.FrontLine, now);
                db.Units.Add(unit);
                units.Add(unit.Code, unit);
                created++;
            }
            else if (seed.Moved && unit.ParentCode == seed.FormerParentCode && seed.ParentCode is { } parentCode)
            {
                var headLevel = unit.HeadNip is { } nip
                    ? await db.Employees.Where(e => e.Nip == nip).Select(e => e.PositionLevel).SingleAsync(cancellationToken)
                    : null;
                unit.Update(unit.Name, parentCode, await LineageAsync(parentCode, units, cancellationToken), unit.FrontLine,
                    headLevel, now);
                moved++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return (created, moved);
    }

    /// <summary>A unit and its ancestors: the cast's as at hand (a new one is not saved yet), others read; a cycle ends the walk.</summary>
    private async Task<List<string>> LineageAsync(string code, Dictionary<string, Unit> cast, CancellationToken cancellationToken)
    {
        var lineage = new List<string>();
        for (string? at = code; at is not null && !lineage.Contains(at);)
        {
            lineage.Add(at);
            var current = at;
            at = cast.TryGetValue(current, out var unit) ? unit.ParentCode
                : await db.Units.AsNoTracking().Where(u => u.Code == current).Select(u => u.ParentCode).SingleOrDefaultAsync(cancellationToken);
        }
        return lineage;
    }

    /// <summary>
    /// Fills the cast's head posts that are empty, with the cast's head if he is still posted to that unit and fits the
    /// post; a post HR has filled is left alone, and so is a head the demo has moved or HR has retired.
    /// </summary>
    private async Task<int> AppointHeadsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var codes = DemoCast.UnitHeads.Select(h => h.UnitCode).ToList();
        var nips = DemoCast.UnitHeads.Select(h => h.HeadNip).ToList();
        var units = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, cancellationToken);
        var people = await db.Employees.AsNoTracking().Where(e => nips.Contains(e.Nip))
            .ToDictionaryAsync(e => e.Nip, cancellationToken);
        var appointed = 0;
        foreach (var (unitCode, headNip) in DemoCast.UnitHeads)
        {
            if (!units.TryGetValue(unitCode, out var unit) || unit.HeadNip is not null) continue;
            if (!people.TryGetValue(headNip, out var head) || head.UnitCode != unitCode
                || unit.HeadMisfit(head, designated: false) is not null) continue;
            unit.SetHead(head, designated: false, designationDecree: null, now);
            appointed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return appointed;
    }
}
