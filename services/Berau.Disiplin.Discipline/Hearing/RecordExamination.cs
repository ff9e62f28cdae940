using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Documents;
using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Hearing;

/// <summary>
/// The examiner records the closed examination and its BAP (PP 94/2021 Pasal 27): who examined, the employee's
/// statement, his signature or refusal, the copy given, and the finding. A proven finding states its impact and why: no
/// impact is ever assumed.
/// </summary>
public sealed record RecordExamination(Guid CaseId, ExaminationRecord Record, string OfficialNip)
{
    public static RecordExamination From(Proto.RecordExaminationRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var bap = v.OptionalText("bap_number", request.BapNumber, 100);
        var examinedAt = v.RequiredInstant("examined_at", request.ExaminedAt);
        var examiners = request.ExaminerNips.Select(n => n.Trim()).ToList();
        v.Check(examiners.Count <= 10, "examiner_nips", "must list at most 10 examiners");
        for (var i = 0; i < examiners.Count; i++)
            v.Required($"examiner_nips[{i}]", examiners[i]).MaxLength($"examiner_nips[{i}]", examiners[i], 30);
        var statement = v.RequiredText("statement", request.Statement, 10_000);
        var refusal = v.OptionalText("refusal_note", request.RefusalNote, 2000);
        if (!request.SignedByEmployee)
            v.Check(refusal is not null, "refusal_note", "is required when the employee did not sign the BAP: say why");
        var impact = ImpactOf(request.Impact);
        var reasoning = v.OptionalText("impact_reasoning", request.ImpactReasoning, 4000);
        if (request.Proven)
        {
            v.Check(impact is not null, "impact", "is required when proven: UNIT_KERJA, INSTANSI or NEGARA, as the examiner finds it");
            v.Check(reasoning is not null, "impact_reasoning", "is required when proven: why the impact falls where it does");
        }
        else
            v.Check(request.Impact == Proto.FindingImpact.Unspecified, "impact", "must be unspecified when the violation is not proven");
        var findings = v.OptionalText("findings", request.Findings, 10_000);
        v.ThrowIfInvalid();
        return new RecordExamination(id, new ExaminationRecord(bap ?? "", examinedAt, examiners, statement, request.SignedByEmployee, refusal,
            request.CopyGiven, request.Proven, impact, reasoning, findings), caller.OfficialNip());
    }

    private static Impact? ImpactOf(Proto.FindingImpact impact) => impact switch
    {
        Proto.FindingImpact.UnitKerja => Impact.UnitKerja,
        Proto.FindingImpact.Instansi => Impact.Instansi,
        Proto.FindingImpact.Negara => Impact.Negara,
        _ => null,
    };
}

/// <summary>
/// A proven finding re-weighs every report of the case under its policy version with the examined impact, and names who
/// decides from the employee's line (the examiner when entitled, else the case is forwarded). Not proven closes the case.
/// </summary>
public sealed class RecordExaminationHandler(
    DisciplineDbContext db,
    CaseStore cases,
    PolicyStore policies,
    OrganisationChart organisation,
    LetterNumbers letters,
    CaseLetters documents,
    TimeProvider time)
{
    public async Task<Case> HandleAsync(RecordExamination command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        @case.EnsureMayRecordExamination();
        var recordedBy = @case.ExaminerFor(command.OfficialNip);
        var examiners = @case.Examiners(command.Record.ExaminerNips, recordedBy);
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
        var priors = await cases.PriorSanctionsAsync(@case.SubjectNip, CaseStore.CategoriesOf(@case), cancellationToken);
        var chain = command.Record.Proven ? await organisation.RequireSuperiorsOfAsync(@case.SubjectNip, cancellationToken) : null;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = command.Record.BapNumber is { Length: > 0 } ? command.Record : command.Record with
        {
            BapNumber = await letters.NextExaminationAsync(Wita.LocalDate(command.Record.ExaminedAt).Year, @case.UnitCode,
                cancellationToken),
        };
        @case.RecordExamination(record, examiners, recordedBy, policy, priors, chain, time.GetUtcNow(),
            Activity.Current?.TraceId.ToString());
        await documents.StoreExaminationRecordAsync(@case, Activity.Current?.TraceId.ToString(), cancellationToken);
        await cases.SaveAsync(@case, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return @case;
    }
}
