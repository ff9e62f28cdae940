using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Documents;

/// <summary>The letters of one case, without their bytes, for whoever may see the case.</summary>
public sealed record ListCaseDocuments(Guid CaseId, Caller Caller)
{
    public static ListCaseDocuments From(Proto.ListCaseDocumentsRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        v.ThrowIfInvalid();
        return new ListCaseDocuments(id, caller);
    }
}

/// <summary>One letter of a case with its bytes, for whoever may see the case.</summary>
public sealed record GetCaseDocument(Guid CaseId, Guid DocumentId, Caller Caller)
{
    public static GetCaseDocument From(Proto.GetCaseDocumentRequest request, Caller caller)
    {
        var v = new Validator();
        var caseId = v.RequiredUuid("case_id", request.CaseId);
        var documentId = v.RequiredUuid("document_id", request.DocumentId);
        v.ThrowIfInvalid();
        return new GetCaseDocument(caseId, documentId, caller);
    }
}

/// <summary>A letter without its bytes.</summary>
public sealed record CaseDocumentInfo(Guid Id, Guid CaseId, string Kind, string Number, string Sha256, long SizeBytes,
    DateTimeOffset CreatedAt);

/// <summary>The case is read and authorised exactly as GetCase does (an employee only their own), then its letters.</summary>
public sealed class ListCaseDocumentsHandler(GetCaseHandler cases, DisciplineDbContext db)
{
    public async Task<IReadOnlyList<CaseDocumentInfo>> HandleAsync(ListCaseDocuments query, CancellationToken cancellationToken)
    {
        await cases.HandleAsync(new GetCase(query.CaseId, query.Caller), cancellationToken);
        return await db.Documents.AsNoTracking().Where(d => d.CaseId == query.CaseId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
            .Select(d => new CaseDocumentInfo(d.Id, d.CaseId, d.Kind, d.Number, d.Sha256, d.Content.Length, d.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>NOT_FOUND for an unknown case, or a document that is not this case's.</summary>
public sealed class GetCaseDocumentHandler(GetCaseHandler cases, DisciplineDbContext db)
{
    public async Task<CaseDocument> HandleAsync(GetCaseDocument query, CancellationToken cancellationToken)
    {
        await cases.HandleAsync(new GetCase(query.CaseId, query.Caller), cancellationToken);
        return await db.Documents.AsNoTracking()
                   .SingleOrDefaultAsync(d => d.Id == query.DocumentId && d.CaseId == query.CaseId, cancellationToken)
               ?? throw new NotFoundException("Case document", query.DocumentId.ToString());
    }
}
