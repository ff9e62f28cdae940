using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using MassTransit;

namespace Berau.Disiplin.Personnel.Transfers;

/// <summary>
/// A case asks for a transfer (mutasi): carried out through <see cref="TransferService"/>, the same path as the
/// TransferEmployee RPC. A refusal (unknown employee or unit, same unit, inactive employee, a malformed order) is
/// answered with <see cref="TransferRejected"/> and its reason, since nobody waits on this call for an error; anything
/// else (the database, a concurrent change) fails the message for a retry. The inbox makes a redelivery a no-op.
/// </summary>
public sealed class TransferRequestedConsumer(TransferService transfers, PersonnelDbContext db, IEventOutbox outbox,
    TimeProvider time) : IConsumer<TransferRequested>
{
    public async Task Consume(ConsumeContext<TransferRequested> context)
    {
        var m = context.Message;
        var order = new TransferOrder(Nip.Normalise(m.SubjectNip), Unit.NormaliseCode(m.ToUnitCode),
            string.IsNullOrWhiteSpace(m.ToPosition) ? null : m.ToPosition.Trim(), (m.DecreeNumber ?? "").Trim(),
            m.EffectiveDate, (m.Reason ?? "").Trim(), NullIfEmpty(m.CaseId), NullIfEmpty(m.ReportId));
        try
        {
            await transfers.TransferAsync(order, context.CancellationToken);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            outbox.Add(new TransferRejected(Ids.New(time), time.GetUtcNow(), m.CaseId, m.SubjectNip, m.ToUnitCode,
                refusal.Message, NullIfEmpty(m.ReportId)));
            await db.SaveChangesAsync(context.CancellationToken);
        }
    }

    private static Guid? NullIfEmpty(Guid id) => id == Guid.Empty ? null : id;
}
