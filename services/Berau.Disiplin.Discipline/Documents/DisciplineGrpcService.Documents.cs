using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Documents;
using Berau.Disiplin.Hosting;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using CaseDocument = Berau.Disiplin.Contracts.Discipline.V1.CaseDocument;

namespace Berau.Disiplin.Discipline;

/// <summary>The case's letters, authorised like the case itself.</summary>
public sealed partial class DisciplineGrpcService
{
    [Authorize(Roles = ReadRoles)]
    public override async Task<ListCaseDocumentsResponse> ListCaseDocuments(ListCaseDocumentsRequest request, ServerCallContext context)
    {
        var query = Documents.ListCaseDocuments.From(request, Caller.Of(context));
        var response = new ListCaseDocumentsResponse();
        response.Documents.AddRange((await context.Handler<ListCaseDocumentsHandler>().HandleAsync(query, context.CancellationToken))
            .Select(d => new CaseDocument
            {
                Id = d.Id.ToString(), CaseId = d.CaseId.ToString(), Kind = d.Kind, Number = d.Number, Sha256 = d.Sha256,
                MediaType = Documents.CaseDocument.MediaType, SizeBytes = d.SizeBytes, CreatedAt = Timestamp.FromDateTimeOffset(d.CreatedAt),
            }));
        return response;
    }

    [Authorize(Roles = ReadRoles)]
    public override async Task<CaseDocument> GetCaseDocument(GetCaseDocumentRequest request, ServerCallContext context)
    {
        var query = Documents.GetCaseDocument.From(request, Caller.Of(context));
        var d = await context.Handler<GetCaseDocumentHandler>().HandleAsync(query, context.CancellationToken);
        return new CaseDocument
        {
            Id = d.Id.ToString(), CaseId = d.CaseId.ToString(), Kind = d.Kind, Number = d.Number, Sha256 = d.Sha256,
            MediaType = Documents.CaseDocument.MediaType, SizeBytes = d.Content.Length,
            CreatedAt = Timestamp.FromDateTimeOffset(d.CreatedAt), Content = ByteString.CopyFrom(d.Content),
        };
    }
}
