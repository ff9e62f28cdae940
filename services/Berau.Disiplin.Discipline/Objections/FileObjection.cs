using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Objections;

/// <summary>The employee objects (keberatan, PP 79/2021) to the sanction on their own case, within the window.</summary>
public sealed record FileObjection(Guid CaseId, string Reason, Caller Employee)
{
    public static FileObjection From(Proto.FileObjectionRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var reason = request.Reason.Trim();
        v.Required("reason", reason).MaxLength("reason", reason, 4000);
        v.ThrowIfInvalid();
        return new FileObjection(id, reason, caller);
    }
}

/// <summary>The window is judged on today's date in Berau (WITA).</summary>
public sealed class FileObjectionHandler(CaseStore cases, TimeProvider time)
{
    public async Task<Case> HandleAsync(FileObjection command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        command.Employee.EnsureIsSubjectOf(@case);
        @case.FileObjection(command.Reason, command.Employee.Subject, Wita.Today(time), time.GetUtcNow(),
            Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
