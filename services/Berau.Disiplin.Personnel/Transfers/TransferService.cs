using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Personnel.WorkingTime;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.Transfers;

/// <summary>What to move where, by which decree: from TransferEmployee or from a case's TransferRequested.</summary>
public sealed record TransferOrder(
    string Nip,
    string ToUnitCode,
    string? ToPosition,
    string DecreeNumber,
    DateOnly EffectiveDate,
    string Reason,
    Guid? CaseId = null,
    Guid? ReportId = null);

/// <summary>
/// The one code path that carries out a transfer (mutasi), for the TransferEmployee RPC and the TransferRequested
/// consumer alike: checks the order, moves the employee, writes the history entry and <see cref="EmployeeTransferred"/>
/// to the outbox in one transaction. Refusals are domain exceptions: the RPC returns them as its status, the consumer
/// turns them into <see cref="TransferRejected"/>.
/// </summary>
public sealed class TransferService(PersonnelDbContext db, IEventOutbox outbox, TimeProvider time)
{
    public async Task<Transfer> TransferAsync(TransferOrder order, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var v = new Validator();
        Validate(v, order, Wita.LocalDate(now));
        v.ThrowIfInvalid();

        // The same decree of the same case carried out already (a second request for it): the same transfer, once.
        if (order.CaseId is { } caseId)
        {
            var done = await db.Transfers.AsNoTracking().FirstOrDefaultAsync(t => t.CaseId == caseId
                && t.DecreeNumber == order.DecreeNumber && t.Nip == order.Nip, cancellationToken);
            if (done is not null) return done;
        }

        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Nip == order.Nip, cancellationToken)
                       ?? throw new NotFoundException("Employee", order.Nip);
        var to = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == order.ToUnitCode, cancellationToken)
                 ?? throw ValidationFailedException.For("to_unit_code", $"unit '{order.ToUnitCode}' does not exist");

        var transfer = employee.TransferTo(Ids.New(time), to, order.ToPosition, order.DecreeNumber, order.EffectiveDate,
            order.Reason, order.CaseId, order.ReportId, now);
        db.Transfers.Add(transfer);
        outbox.Add(new EmployeeTransferred(Ids.New(time), now, transfer.Id, transfer.CaseId, transfer.Nip,
            transfer.FromUnitCode, transfer.ToUnitCode, transfer.ToPosition, transfer.DecreeNumber, transfer.EffectiveDate,
            transfer.ReportId));
        await db.SaveChangesAsync(cancellationToken);
        return transfer;
    }

    /// <summary>The order's own checks, field names as in TransferEmployeeRequest; records violations, never throws.</summary>
    public static void Validate(Validator v, TransferOrder order, DateOnly today)
    {
        v.Required("nip", order.Nip).MaxLength("nip", order.Nip, Nip.MaxLength);
        Unit.ValidateCode(v, "to_unit_code", order.ToUnitCode);
        v.MaxLength("to_position", order.ToPosition, Employee.MaxPositionLength);
        v.Required("decree_number", order.DecreeNumber)
            .MaxLength("decree_number", order.DecreeNumber, Transfer.MaxDecreeNumberLength);
        LocalDates.Check(v, "effective_date", order.EffectiveDate, today);
        v.Required("reason", order.Reason).MaxLength("reason", order.Reason, Transfer.MaxReasonLength);
    }
}
