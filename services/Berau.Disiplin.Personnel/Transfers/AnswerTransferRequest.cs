using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.WorkingTime;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Personnel.Transfers;

/// <summary>
/// A discipline case asks for a transfer (mutasi), as TransferRequested says it, unchecked: refusing it is an answer
/// of its own here, not an error for a caller. An empty <see cref="ReportId"/> is none.
/// </summary>
public sealed record AnswerTransferRequest(
    Guid CaseId,
    Guid ReportId,
    string SubjectNip,
    string ToUnitCode,
    string? ToPosition,
    string? DecreeNumber,
    DateOnly EffectiveDate,
    string? Reason);

/// <summary>
/// Carries the request out through <see cref="TransferEmployeeHandler"/>, the same path as the TransferEmployee RPC.
/// A refusal (a malformed order, an unknown employee or unit, the same unit, an inactive employee) is answered with
/// <see cref="TransferRejected"/> and its reason, since nobody waits on this call for an error. TransferRejected
/// belongs to no aggregate (nothing is stored of a refused request), so it is the one event Personnel writes to the
/// outbox by hand. A concurrent change to the employee, like the database failing, fails the message for a retry.
/// </summary>
public sealed class AnswerTransferRequestHandler(TransferEmployeeHandler transfers, PersonnelDbContext db,
    IEventOutbox outbox, TimeProvider time)
{
    public async Task HandleAsync(AnswerTransferRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var order = TransferEmployee.Create(new Validator(), request.SubjectNip, request.ToUnitCode,
                request.ToPosition, request.DecreeNumber, request.EffectiveDate, request.Reason, NoneIfEmpty(request.CaseId),
                NoneIfEmpty(request.ReportId), Wita.Today(time));
            await transfers.HandleAsync(order, cancellationToken);
        }
        catch (DomainException refusal) when (refusal is not ConcurrentChangeException)
        {
            db.ChangeTracker.Clear();
            var now = time.GetUtcNow();
            outbox.Add(new TransferRejected
            {
                EventId = Ids.New(now),
                OccurredAt = now,
                CaseId = request.CaseId,
                SubjectNip = request.SubjectNip,
                ToUnitCode = request.ToUnitCode,
                Reason = refusal.Message,
                ReportId = NoneIfEmpty(request.ReportId),
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static Guid? NoneIfEmpty(Guid id) => id == Guid.Empty ? null : id;
}
