using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.WorkingTime;

/// <summary>Record an employee's leave (cuti), whole local days from <see cref="FirstDay"/> to <see cref="LastDay"/>.</summary>
public sealed record RecordLeave(string Nip, DateOnly FirstDay, DateOnly LastDay, string Kind);

public sealed class RecordLeaveHandler(PersonnelDbContext db, TimeProvider time)
{
    public async Task<Leave> HandleAsync(RecordLeave command, CancellationToken cancellationToken)
    {
        var (nip, first, last, kind) = command;
        if (!await db.Employees.AnyAsync(e => e.Nip == nip, cancellationToken)) throw new NotFoundException("Employee", nip);
        var overlapping = await db.Leaves.AsNoTracking().Where(x => x.Nip == nip && x.FirstDay <= last && x.LastDay >= first)
            .ToListAsync(cancellationToken);
        var leave = Leave.Record(Ids.New(time), nip, first, last, kind, overlapping, time.GetUtcNow());
        db.Leaves.Add(leave);
        await db.SaveChangesAsync(cancellationToken);
        return leave;
    }
}

public static class RecordLeaveMapping
{
    public static RecordLeave ToCommand(Proto.RecordLeaveRequest request, DateOnly today)
    {
        var kind = request.Kind.Trim();
        var v = new Validator();
        var nip = Nip.Parse(v, "nip", request.Nip);
        var first = LocalDates.Parse(v, "first_day", request.FirstDay, today);
        var last = LocalDates.Parse(v, "last_day", request.LastDay, today);
        if (first is { } f && last is { } l && l < f) v.Add("last_day", "must not be before first_day");
        v.Required("kind", kind).MaxLength("kind", kind, Leave.MaxKindLength);
        v.ThrowIfInvalid();
        return new RecordLeave(nip, first.GetValueOrDefault(), last.GetValueOrDefault(), kind);
    }
}
