using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Transfers;

/// <summary>An employee's transfer history, newest first.</summary>
public sealed record ListTransfers(string Nip);

public sealed class ListTransfersHandler(PersonnelDbContext db)
{
    public async Task<IReadOnlyList<Transfer>> HandleAsync(ListTransfers query, CancellationToken cancellationToken)
    {
        if (!await db.Employees.AnyAsync(e => e.Nip == query.Nip, cancellationToken))
            throw new NotFoundException("Employee", query.Nip);
        return await db.Transfers.AsNoTracking().Where(t => t.Nip == query.Nip)
            .OrderByDescending(t => t.RecordedAt).ThenByDescending(t => t.Id).ToListAsync(cancellationToken);
    }
}

public static class ListTransfersMapping
{
    public static ListTransfers ToQuery(Proto.ListTransfersRequest request)
    {
        var v = new Validator();
        var nip = Nip.Parse(v, "nip", request.Nip);
        v.ThrowIfInvalid();
        return new ListTransfers(nip);
    }
}
