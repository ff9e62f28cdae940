using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Personnel.WorkingTime;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Transfers;

/// <summary>
/// Move an employee to another unit (and position) by decree (SK mutasi): from the TransferEmployee RPC, or from a
/// case's TransferRequested (<see cref="AnswerTransferRequest"/>). Valid by construction: see <see cref="Create"/>.
/// </summary>
public sealed record TransferEmployee(
    string Nip,
    string ToUnitCode,
    string? ToPosition,
    string DecreeNumber,
    DateOnly EffectiveDate,
    string Reason,
    Guid? CaseId,
    Guid? ReportId)
{
    /// <summary>
    /// Normalises an order and checks its own fields (names as in TransferEmployeeRequest), then refuses it with every
    /// violation <paramref name="v"/> holds, the caller's own ones included. A null <paramref name="effectiveDate"/> is
    /// one the caller could not read and has reported already.
    /// </summary>
    public static TransferEmployee Create(Validator v, string? nip, string? toUnitCode, string? toPosition,
        string? decreeNumber, DateOnly? effectiveDate, string? reason, Guid? caseId, Guid? reportId, DateOnly today)
    {
        var normalisedNip = Employees.Nip.Parse(v, "nip", nip);
        var unitCode = Unit.ParseCode(v, "to_unit_code", toUnitCode);
        var position = string.IsNullOrWhiteSpace(toPosition) ? null : toPosition.Trim();
        v.MaxLength("to_position", position, Employee.MaxPositionLength);
        var decree = (decreeNumber ?? "").Trim();
        v.Required("decree_number", decree).MaxLength("decree_number", decree, Transfer.MaxDecreeNumberLength);
        if (effectiveDate is { } date) LocalDates.Check(v, "effective_date", date, today);
        var because = (reason ?? "").Trim();
        v.Required("reason", because).MaxLength("reason", because, Transfer.MaxReasonLength);
        v.ThrowIfInvalid();
        return new TransferEmployee(normalisedNip, unitCode, position, decree, effectiveDate.GetValueOrDefault(), because,
            caseId, reportId);
    }
}

/// <summary>
/// The one code path that carries out a transfer: moves the employee and writes the history entry; the employee
/// raises <see cref="Contracts.Events.EmployeeTransferred"/>, saved to the outbox in the same transaction. Refusals are
/// domain exceptions: the RPC returns them as its status, <see cref="AnswerTransferRequestHandler"/> turns them into
/// TransferRejected. A concurrent change to the same employee refuses the later one.
/// </summary>
public sealed class TransferEmployeeHandler(PersonnelDbContext db, TimeProvider time)
{
    public async Task<Transfer> HandleAsync(TransferEmployee command, CancellationToken cancellationToken)
    {
        // The same decree of the same case carried out already (a second request for it): the same transfer, once.
        if (command.CaseId is { } caseId)
        {
            var done = await db.Transfers.AsNoTracking().FirstOrDefaultAsync(t => t.CaseId == caseId
                && t.DecreeNumber == command.DecreeNumber && t.Nip == command.Nip, cancellationToken);
            if (done is not null) return done;
        }

        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Nip == command.Nip, cancellationToken)
                       ?? throw new NotFoundException("Employee", command.Nip);
        var to = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == command.ToUnitCode, cancellationToken)
                 ?? throw ValidationFailedException.For("to_unit_code", Unit.DoesNotExist(command.ToUnitCode));

        var now = time.GetUtcNow();
        var transfer = employee.TransferTo(Ids.New(time), to, command.ToPosition, command.DecreeNumber,
            command.EffectiveDate, command.Reason, command.CaseId, command.ReportId, now);
        db.Transfers.Add(transfer);
        // A mutasi ends the posts the employee headed (HeadPosts).
        await db.VacateUnfitAsync(employee, transferred: true, now, cancellationToken);
        await db.SaveChangesOrRefuseAsync("Employee", employee.Nip, ct => db.EmployeeStateAsync(command.Nip, ct),
            cancellationToken);
        return transfer;
    }
}

public static class TransferEmployeeMapping
{
    public static TransferEmployee ToCommand(Proto.TransferEmployeeRequest request, DateOnly today)
    {
        var v = new Validator();
        var effectiveDate = LocalDates.Parse(v, "effective_date", request.EffectiveDate, today);
        var caseId = string.IsNullOrWhiteSpace(request.CaseId) ? null : v.Uuid("case_id", request.CaseId);
        return TransferEmployee.Create(v, request.Nip, request.ToUnitCode, request.ToPosition, request.DecreeNumber,
            effectiveDate, request.Reason, caseId, reportId: null, today);
    }
}
