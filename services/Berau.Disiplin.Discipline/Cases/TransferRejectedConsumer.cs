using Berau.Disiplin.Contracts.Events;
using MassTransit;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Personnel refused the transfer: the refusal is recorded and shown to the official on the case.</summary>
public sealed class TransferRejectedConsumer(RecordTransferRejectionHandler handler) : IConsumer<TransferRejected>
{
    public Task Consume(ConsumeContext<TransferRejected> context) =>
        context.Message.CaseId is { } caseId
            ? handler.HandleAsync(new RecordTransferRejection(caseId, context.Message.Reason), context.CancellationToken)
            : Task.CompletedTask;
}
