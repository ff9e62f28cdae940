using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Transfers;
using Berau.Disiplin.Primitives;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using DomainTransfer = Berau.Disiplin.Personnel.Transfers.Transfer;
using Transfer = Berau.Disiplin.Contracts.Personnel.V1.Transfer;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    [Authorize(Roles = Roles.Hr)]
    public override async Task<Transfer> TransferEmployee(TransferEmployeeRequest request, ServerCallContext context)
    {
        var command = TransferEmployeeMapping.ToCommand(request, Today(context));
        return ToMessage(await context.Handler<TransferEmployeeHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = $"{Roles.Hr},{Roles.Official},{Roles.Auditor},{Roles.Service}")]
    public override async Task<ListTransfersResponse> ListTransfers(ListTransfersRequest request, ServerCallContext context)
    {
        var history = await context.Handler<ListTransfersHandler>()
            .HandleAsync(ListTransfersMapping.ToQuery(request), context.CancellationToken);
        var response = new ListTransfersResponse();
        response.Transfers.AddRange(history.Select(ToMessage));
        return response;
    }

    private static Transfer ToMessage(DomainTransfer t) => new()
    {
        TransferId = t.Id.ToString(),
        Nip = t.Nip,
        FromUnitCode = t.FromUnitCode,
        ToUnitCode = t.ToUnitCode,
        FromPosition = t.FromPosition,
        ToPosition = t.ToPosition,
        DecreeNumber = t.DecreeNumber,
        EffectiveDate = Wita.Iso(t.EffectiveDate),
        Reason = t.Reason,
        CaseId = t.CaseId?.ToString() ?? "",
        RecordedAt = Timestamp.FromDateTimeOffset(t.RecordedAt),
    };
}
