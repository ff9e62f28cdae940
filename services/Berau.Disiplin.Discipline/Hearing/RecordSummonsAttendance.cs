using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Hearing;

/// <summary>The examiner records whether the employee came to the examination the last summons set.</summary>
public sealed record RecordSummonsAttendance(Guid CaseId, bool Attended, string? Note, string OfficialNip)
{
    public static RecordSummonsAttendance From(Proto.RecordSummonsAttendanceRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var note = v.OptionalText("note", request.Note, 2000);
        v.ThrowIfInvalid();
        return new RecordSummonsAttendance(id, request.Attended, note, caller.OfficialNip());
    }
}

/// <summary>
/// A missed summons I starts the window for summons II (the policy's <c>secondSummonsWindow</c> from the missed day); a
/// missed summons II lets the decision rest on the evidence, and the case goes to the nearest official in the employee's
/// line whom the matrix entitles to decide the proposal.
/// </summary>
public sealed class RecordSummonsAttendanceHandler(
    CaseStore cases,
    PolicyStore policies,
    SanctionDeadlines days,
    OrganisationChart organisation,
    TimeProvider time)
{
    public async Task<Case> HandleAsync(RecordSummonsAttendance command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        var now = time.GetUtcNow();
        var pending = @case.EnsureMayRecordAttendance(command.Attended, now);
        var examiner = @case.ExaminerFor(command.OfficialNip);
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);

        DateOnly? secondDue = null;
        IReadOnlyList<Official>? entitled = null;
        if (!command.Attended && pending.Number == 1)
            secondDue = await days.AddAsync(Wita.LocalDate(pending.ExaminationAt), policy.Settings.SecondSummonsWindow, @case.UnitCode,
                cancellationToken);
        if (!command.Attended && pending.Number >= 2 && @case.Proposal.Level is { } level)
            entitled = @case.EntitledOfficials(policy.Authority,
                await organisation.RequireSuperiorsOfAsync(@case.SubjectNip, cancellationToken), level);

        @case.RecordAttendance(command.Attended, command.Note, examiner, secondDue, entitled, now, Activity.Current?.TraceId.ToString());
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
