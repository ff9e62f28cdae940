using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Decisions;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;

namespace Berau.Disiplin.Discipline;

/// <summary>
/// Decisions: the sanction by the official the authority matrix entitles in the employee's line, its delivery, and the
/// transfers linked to the case, which only the PPK or his delegate decides.
/// </summary>
public sealed partial class DisciplineGrpcService
{
    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> DecideSanction(DecideSanctionRequest request, ServerCallContext context)
    {
        var command = Decisions.DecideSanction.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<DecideSanctionHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = $"{Roles.Official},{Roles.Hr}")]
    public override async Task<Case> RecordDelivery(RecordDeliveryRequest request, ServerCallContext context)
    {
        var command = Decisions.RecordDelivery.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<RecordDeliveryHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> ApproveTransfer(ApproveTransferRequest request, ServerCallContext context)
    {
        var command = Decisions.ApproveTransfer.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<ApproveTransferHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> OrderTransfer(OrderTransferRequest request, ServerCallContext context)
    {
        var command = Decisions.OrderTransfer.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<OrderTransferHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> DeclineTransfer(DeclineTransferRequest request, ServerCallContext context)
    {
        var command = Decisions.DeclineTransfer.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<DeclineTransferHandler>().HandleAsync(command, context.CancellationToken));
    }
}
