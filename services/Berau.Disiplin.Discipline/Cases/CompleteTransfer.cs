using System.Diagnostics;
using Berau.Disiplin.Discipline.Persistence;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Personnel carried out the transfer a case requested.</summary>
public sealed record CompleteTransfer(Guid CaseId, string DecreeNumber);

/// <summary>
/// Records the transfer as done; the case closes if its sanction is final. An answer for an unknown case, or one not
/// waiting for it, changes nothing.
/// </summary>
public sealed class CompleteTransferHandler(DisciplineDbContext db, CaseStore cases, TimeProvider time)
{
    public async Task HandleAsync(CompleteTransfer command, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(command.CaseId, cancellationToken) is not { } @case) return;
        @case.CompleteTransfer(command.DecreeNumber, time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }
}
