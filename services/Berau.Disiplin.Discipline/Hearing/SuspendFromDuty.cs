using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Hearing;

/// <summary>
/// Pembebasan sementara dari tugas jabatan while an expected berat case is examined, by decree, from a date, with the
/// acting official (Plh) who performs the duties meanwhile.
/// </summary>
public sealed record SuspendFromDuty(Guid CaseId, string DecreeNumber, DateOnly FromDate, string ActingOfficialNip, string OfficialNip)
{
    public static SuspendFromDuty From(Proto.SuspendFromDutyRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var decree = v.RequiredText("decree_number", request.DecreeNumber, 100);
        var from = v.RequiredDate("from_date", request.FromDate);
        var acting = v.RequiredText("acting_official_nip", request.ActingOfficialNip, 30);
        v.ThrowIfInvalid();
        return new SuspendFromDuty(id, decree, from, acting, caller.OfficialNip());
    }
}

/// <summary>Ordered by the atasan langsung or a superior in the employee's line; the acting official must be an active employee.</summary>
public sealed class SuspendFromDutyHandler(CaseStore cases, OrganisationChart organisation, TimeProvider time)
{
    public async Task<Case> HandleAsync(SuspendFromDuty command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        @case.EnsureMaySuspend();
        var chain = await organisation.RequireSuperiorsOfAsync(@case.SubjectNip, cancellationToken);
        var acting = await organisation.EmployeeAsync(command.ActingOfficialNip, cancellationToken);
        if (acting is null)
            throw ValidationFailedException.For("acting_official_nip", $"'{command.ActingOfficialNip}' is not an employee Personnel knows");
        if (!acting.Active)
            throw ValidationFailedException.For("acting_official_nip", $"{acting.Official} is not active");
        @case.SuspendFromDuty(command.DecreeNumber, command.FromDate, acting.Official, chain, command.OfficialNip, time.GetUtcNow(),
            Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
