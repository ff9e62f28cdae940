using Berau.Disiplin.Contracts.Events;
using MassTransit;

namespace Berau.Disiplin.Personnel.Transfers;

/// <summary>A case asks for a transfer (mutasi): <see cref="AnswerTransferRequestHandler"/> carries it out or refuses it.
/// The inbox makes a redelivery a no-op.</summary>
public sealed class TransferRequestedConsumer(AnswerTransferRequestHandler handler) : IConsumer<TransferRequested>
{
    public Task Consume(ConsumeContext<TransferRequested> context)
    {
        var m = context.Message;
        return handler.HandleAsync(new AnswerTransferRequest(m.CaseId, m.ReportId, m.SubjectNip, m.ToUnitCode,
            m.ToPosition, m.DecreeNumber, m.EffectiveDate, m.Reason), context.CancellationToken);
    }
}
