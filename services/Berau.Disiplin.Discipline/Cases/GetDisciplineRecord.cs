using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Every case of one employee, newest first: their discipline record.</summary>
public sealed record GetDisciplineRecord(string Nip, Caller Caller)
{
    public static GetDisciplineRecord From(Proto.GetDisciplineRecordRequest request, Caller caller)
    {
        var nip = Identifiers.Normalise(request.Nip);
        var v = new Validator();
        v.Required("nip", nip).MaxLength("nip", nip, 30);
        v.ThrowIfInvalid();
        return new GetDisciplineRecord(nip, caller);
    }
}

public sealed class GetDisciplineRecordHandler(DisciplineDbContext db)
{
    public async Task<IReadOnlyList<Case>> HandleAsync(GetDisciplineRecord query, CancellationToken cancellationToken)
    {
        query.Caller.EnsureMayReadRecordOf(query.Nip);
        return await db.Cases.AsNoTracking().Where(c => c.SubjectNip == query.Nip)
            .OrderByDescending(c => c.OpenedAt).ToListAsync(cancellationToken);
    }
}
