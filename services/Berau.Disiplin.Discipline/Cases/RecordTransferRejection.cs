using System.Diagnostics;
using Berau.Disiplin.Discipline.Persistence;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Personnel refused the transfer a case requested, for <paramref name="Reason"/>.</summary>
public sealed record RecordTransferRejection(Guid CaseId, string Reason);

/// <summary>
/// Records the refusal, shown to the official on the case (who may order another transfer); the case closes if its
/// sanction is final. An answer for an unknown case, or one not waiting for it, changes nothing.
/// </summary>
public sealed class RecordTransferRejectionHandler(DisciplineDbContext db, CaseStore cases, TimeProvider time)
{
    public async Task HandleAsync(RecordTransferRejection command, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(command.CaseId, cancellationToken) is not { } @case) return;
        @case.RejectTransfer(command.Reason, time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }
}
