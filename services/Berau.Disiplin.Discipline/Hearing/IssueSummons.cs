using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Documents;
using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Hearing;

/// <summary>
/// The examiner summons the employee in writing: summons I, or summons II after a missed examination (PP 94/2021
/// Pasal 26). An empty letter number is given from the regency's pattern; an empty letter date is today (WITA).
/// </summary>
public sealed record IssueSummons(Guid CaseId, string? LetterNumber, DateOnly? LetterDate, DateTimeOffset ExaminationAt, string Place,
    string OfficialNip)
{
    public static IssueSummons From(Proto.IssueSummonsRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var letter = v.OptionalText("letter_number", request.LetterNumber, 100);
        var letterDate = v.OptionalDate("letter_date", request.LetterDate);
        var examinationAt = v.RequiredInstant("examination_at", request.ExaminationAt);
        var place = v.RequiredText("place", request.Place, 500);
        v.ThrowIfInvalid();
        return new IssueSummons(id, letter, letterDate, examinationAt, place, caller.OfficialNip());
    }
}

/// <summary>
/// The windows are the case's policy version's, counted on the unit's calendar: the examination at most
/// <c>summonsMaxGap</c> after the letter, summons II dated within <c>secondSummonsWindow</c> of the missed day. The letter
/// number is taken in the summons's own transaction, so the sequence has no gaps.
/// </summary>
public sealed class IssueSummonsHandler(
    DisciplineDbContext db,
    CaseStore cases,
    PolicyStore policies,
    SanctionDeadlines days,
    LetterNumbers letters,
    CaseLetters documents,
    TimeProvider time)
{
    public async Task<Case> HandleAsync(IssueSummons command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        @case.EnsureMaySummon();
        var examiner = @case.ExaminerFor(command.OfficialNip);
        var settings = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion).Settings;
        var today = Wita.Today(time);
        var letterDate = command.LetterDate ?? today;
        if (letterDate > today)
            throw ValidationFailedException.For("letter_date", $"must not be after today, {Wita.Iso(today)}: a letter is dated when it is signed");

        var latestExamination = await days.AddAsync(letterDate, settings.SummonsMaxGap, @case.UnitCode, cancellationToken);
        DateOnly? latestSecond = @case.MissedExaminationDay is { } missed
            ? await days.AddAsync(missed, settings.SecondSummonsWindow, @case.UnitCode, cancellationToken)
            : null;
        var limits = new SummonsLimits(latestExamination, settings.SummonsMaxGap, latestSecond, settings.SecondSummonsWindow);
        @case.CheckSummons(letterDate, command.ExaminationAt, limits);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = command.LetterNumber
                     ?? await letters.NextSummonsAsync(letterDate.Year, @case.UnitCode, cancellationToken);
        @case.IssueSummons(new SummonsLetter(number, letterDate, command.ExaminationAt, command.Place), examiner, limits,
            time.GetUtcNow(), Activity.Current?.TraceId.ToString());
        await documents.StoreSummonsAsync(@case, Activity.Current?.TraceId.ToString(), cancellationToken);
        await cases.SaveAsync(@case, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return @case;
    }
}
