using System.Diagnostics;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Personnel moved the employee: the case's transfer is done, and the case closes if its sanction is final.</summary>
public sealed class EmployeeTransferredConsumer(DisciplineDbContext db, CaseWorkflow workflow, TimeProvider time)
    : IConsumer<EmployeeTransferred>
{
    public async Task Consume(ConsumeContext<EmployeeTransferred> context)
    {
        if (context.Message.CaseId is not { } caseId) return; // a transfer of BKPSDM's own, not ours
        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Id == caseId, context.CancellationToken);
        if (@case is null) return;
        var traceId = Activity.Current?.TraceId.ToString();
        if (@case.CompleteTransfer(context.Message.DecreeNumber, time.GetUtcNow(), traceId))
            workflow.CloseIfDone(@case, traceId);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}

/// <summary>Personnel refused the transfer: the refusal is recorded and shown to the official on the case.</summary>
public sealed class TransferRejectedConsumer(DisciplineDbContext db, CaseWorkflow workflow, TimeProvider time)
    : IConsumer<TransferRejected>
{
    public async Task Consume(ConsumeContext<TransferRejected> context)
    {
        if (context.Message.CaseId is not { } caseId) return;
        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Id == caseId, context.CancellationToken);
        if (@case is null) return;
        var traceId = Activity.Current?.TraceId.ToString();
        if (@case.RejectTransfer(context.Message.Reason, time.GetUtcNow(), traceId))
            workflow.CloseIfDone(@case, traceId);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
