using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Issue the warning a case has waited for since Personnel's calendar did not answer.</summary>
public sealed record IssuePendingWarning(Guid CaseId);

public enum PendingWarningOutcome
{
    Issued = 1,
    /// <summary>Personnel's calendar still does not answer: the warning keeps waiting.</summary>
    PersonnelUnavailable = 2,
    /// <summary>Nothing waits any more: an official decided the case meanwhile.</summary>
    NothingPending = 3,
}

/// <summary>One case, one transaction: its letter number, its warning and its events commit together.</summary>
public sealed class IssuePendingWarningHandler(DisciplineDbContext db, CaseStore cases, PolicyStore policies, SanctionIssuer issuer)
{
    /// <summary>The cases whose warning waits, oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> WaitingAsync(int max, CancellationToken cancellationToken) =>
        await db.Cases.Where(c => c.PendingWarningBy != null && c.Status == CaseStatus.Open)
            .OrderBy(c => c.OpenedAt).Select(c => c.Id).Take(max).ToListAsync(cancellationToken);

    public async Task<PendingWarningOutcome> HandleAsync(IssuePendingWarning command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        if (@case.PendingWarningBy is null) return PendingWarningOutcome.NothingPending;
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
        if (!await issuer.TryIssuePendingWarningAsync(@case, policy, @case.TraceId, cancellationToken))
            return PendingWarningOutcome.PersonnelUnavailable;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return PendingWarningOutcome.Issued;
        }
        catch (DbUpdateException ex) when (ConcurrentSaves.IsConflict(ex))
        {
            return PendingWarningOutcome.NothingPending;
        }
    }
}
