using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Transfers;
using Berau.Disiplin.Personnel.WorkingTime;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainTransfer = Berau.Disiplin.Personnel.Transfers.Transfer;
using DomainUnit = Berau.Disiplin.Personnel.Units.Unit;
using Transfer = Berau.Disiplin.Contracts.Personnel.V1.Transfer;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    [Authorize(Roles = Roles.Hr)]
    public override async Task<Transfer> TransferEmployee(TransferEmployeeRequest request, ServerCallContext context)
    {
        var today = Wita.Today(time);
        var v = new Validator();
        var effectiveDate = LocalDates.Parse(v, "effective_date", request.EffectiveDate, today);
        Guid? caseId = null;
        if (!string.IsNullOrWhiteSpace(request.CaseId)) caseId = v.Uuid("case_id", request.CaseId);

        var toPosition = request.ToPosition.Trim();
        // An unreadable date is reported above; today stands in for it so that every other field is checked too.
        var order = new TransferOrder(Nip.Normalise(request.Nip), DomainUnit.NormaliseCode(request.ToUnitCode),
            toPosition.Length == 0 ? null : toPosition, request.DecreeNumber.Trim(), effectiveDate ?? today,
            request.Reason.Trim(), caseId);
        TransferService.Validate(v, order, today);
        v.ThrowIfInvalid();
        try
        {
            return ToMessage(await transfers.TransferAsync(order, context.CancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new InvalidStateException($"Employee {order.Nip} was changed by someone else at the same moment; try again.",
                "CHANGED");
        }
    }

    [Authorize(Roles = $"{Roles.Hr},{Roles.Official},{Roles.Auditor},{Roles.Service}")]
    public override async Task<ListTransfersResponse> ListTransfers(ListTransfersRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var nip = Nip.Normalise(request.Nip);
        var v = new Validator();
        v.Required("nip", nip).MaxLength("nip", nip, Nip.MaxLength);
        v.ThrowIfInvalid();
        if (!await db.Employees.AnyAsync(e => e.Nip == nip, ct)) throw new NotFoundException("Employee", nip);

        var history = await db.Transfers.AsNoTracking().Where(t => t.Nip == nip)
            .OrderByDescending(t => t.RecordedAt).ThenByDescending(t => t.Id).ToListAsync(ct);
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
        EffectiveDate = LocalDates.Format(t.EffectiveDate),
        Reason = t.Reason,
        CaseId = t.CaseId?.ToString() ?? "",
        RecordedAt = Timestamp.FromDateTimeOffset(t.RecordedAt),
    };
}
