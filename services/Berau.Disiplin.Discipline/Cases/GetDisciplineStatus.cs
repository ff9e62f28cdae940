using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>An employee's discipline status on a day (WITA): under process, serving or clear, and the cases that decide it.</summary>
public sealed record GetDisciplineStatus(string Nip, DateOnly? OnDate, Caller Caller)
{
    public static GetDisciplineStatus From(Proto.GetDisciplineStatusRequest request, Caller caller)
    {
        var nip = request.Nip.Trim();
        var v = new Validator();
        v.Required("nip", nip).MaxLength("nip", nip, 30);
        DateOnly? on = request.OnDate.Trim().Length == 0 ? null : v.RequiredDate("on_date", request.OnDate);
        v.ThrowIfInvalid();
        return new GetDisciplineStatus(nip, on, caller);
    }
}

/// <summary>One case's part in the status.</summary>
public sealed record StatusEntry(Case Case, Proto.DisciplineStanding Standing, DateOnly? ServedOn, string Reason);

/// <summary>The status and its cases, newest first.</summary>
public sealed record DisciplineStatusResult(string Nip, DateOnly OnDate, Proto.DisciplineStanding Standing, IReadOnlyList<StatusEntry> Cases);

/// <summary>
/// Reads the employee's cases and their sanctions' dates: a case open on the day, or a sanction decided and not yet in
/// force (undelivered, before its in-force day, an objection pending) is UNDER_PROCESS; a sanction in force within its
/// serving period (the catalogue's months) is SERVING; a ringan sanction in force, a served or an annulled one is listed
/// as CLEAR. An objection's pendency is as the case stands now.
/// </summary>
public sealed class GetDisciplineStatusHandler(DisciplineDbContext db, PolicyStore policies, TimeProvider time)
{
    public async Task<DisciplineStatusResult> HandleAsync(GetDisciplineStatus query, CancellationToken cancellationToken)
    {
        query.Caller.EnsureMayReadStatusOf(query.Nip);
        var on = query.OnDate ?? Wita.Today(time);
        var cases = await db.Cases.AsNoTracking().Where(c => c.SubjectNip == query.Nip)
            .OrderByDescending(c => c.OpenedAt).ToListAsync(cancellationToken);
        var book = await policies.BookAsync(cancellationToken);
        var entries = new List<StatusEntry>();
        foreach (var @case in cases.Where(c => Wita.LocalDate(c.OpenedAt) <= on))
            entries.Add(Of(@case, on, book));
        var standing = entries.Any(e => e.Standing == Proto.DisciplineStanding.UnderProcess) ? Proto.DisciplineStanding.UnderProcess
            : entries.Any(e => e.Standing == Proto.DisciplineStanding.Serving) ? Proto.DisciplineStanding.Serving
            : Proto.DisciplineStanding.Clear;
        return new DisciplineStatusResult(query.Nip, on, standing, entries);
    }

    private static StatusEntry Of(Case @case, DateOnly on, PolicyBook book)
    {
        if (@case.Sanction is not { } sanction || Wita.LocalDate(sanction.DecidedAt) > on)
            return @case.Status == CaseStatus.Closed && (@case.ClosedAt is not { } closed || Wita.LocalDate(closed) <= on)
                ? new StatusEntry(@case, Proto.DisciplineStanding.Clear, null, "Closed without a sanction.")
                : new StatusEntry(@case, Proto.DisciplineStanding.UnderProcess, null, "The case is open: no decision yet.");
        if (sanction.Status == SanctionStatus.Annulled)
            return new StatusEntry(@case, Proto.DisciplineStanding.Clear, null, "The sanction was annulled.");
        if (sanction.EffectiveDate is not { } effective || sanction.ReceivedOn > on)
            return new StatusEntry(@case, Proto.DisciplineStanding.UnderProcess, null, "Decided, not yet delivered.");
        if (@case.Status == CaseStatus.ObjectionPending)
            return new StatusEntry(@case, Proto.DisciplineStanding.UnderProcess, null, "An objection waits for its decision.");
        if (on < effective)
            return new StatusEntry(@case, Proto.DisciplineStanding.UnderProcess, null, $"Delivered; in force from {Wita.Iso(effective)}.");
        var months = MonthsOf(@case, sanction, book);
        if (months is not > 0)
            return new StatusEntry(@case, Proto.DisciplineStanding.Clear, null, $"In force from {Wita.Iso(effective)}, with no serving period.");
        var servedOn = effective.AddMonths(months.Value).AddDays(-1);
        return on <= servedOn
            ? new StatusEntry(@case, Proto.DisciplineStanding.Serving, servedOn, $"Serving {months} months until {Wita.Iso(servedOn)}.")
            : new StatusEntry(@case, Proto.DisciplineStanding.Clear, servedOn, $"Served on {Wita.Iso(servedOn)}.");
    }

    private static int? MonthsOf(Case @case, SanctionDecision sanction, PolicyBook book)
    {
        try
        {
            return book.Get(@case.PolicyVersion).SanctionType(sanction.Code).DurationMonths;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
