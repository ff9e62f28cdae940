using Berau.Disiplin.Contracts.Events;
using MassTransit;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Personnel moved the employee: the case's transfer is done, and the case closes if its sanction is final.</summary>
public sealed class EmployeeTransferredConsumer(CompleteTransferHandler handler) : IConsumer<EmployeeTransferred>
{
    public Task Consume(ConsumeContext<EmployeeTransferred> context) =>
        context.Message.CaseId is { } caseId // else a transfer of BKPSDM's own, not ours
            ? handler.HandleAsync(new CompleteTransfer(caseId, context.Message.DecreeNumber), context.CancellationToken)
            : Task.CompletedTask;
}
