using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Open the case of a confirmed report, once per report.</summary>
/// <param name="TraceId">The trace of the confirmation, kept with the case.</param>
public sealed record OpenCase(ConfirmedReport Report, string? TraceId);

/// <summary>
/// Opens the case under the policy version in force today, with the policy's proposal (the employee's earlier sanctions
/// of the same kind counted), waiting for the atasan langsung to summon the employee; the atasan is named from
/// Personnel's organisation, or later when Personnel does not answer now. A report about an employee whose case is still
/// before its decision joins that case instead (one sanction, the heaviest). A second confirmation of the same report
/// changes nothing. No sanction is ever issued here: the hearing comes first (PP 94/2021 Pasal 26–27).
/// </summary>
public sealed class OpenCaseHandler(
    DisciplineDbContext db,
    CaseStore cases,
    PolicyStore policies,
    AtasanFinder atasan,
    TimeProvider time)
{
    public async Task<Case?> HandleAsync(OpenCase command, CancellationToken cancellationToken)
    {
        var report = command.Report;
        if (await cases.ExistsForReportAsync(report.ReportId, cancellationToken)) return null;

        var now = time.GetUtcNow();
        var book = await policies.BookAsync(cancellationToken);
        if (await cases.UndecidedOfAsync(report.SubjectNip, cancellationToken) is { } undecided)
        {
            var priors = await cases.PriorSanctionsAsync(report.SubjectNip,
                CaseStore.CategoriesOf(undecided).Append(report.Category).Distinct().ToList(), cancellationToken);
            undecided.Join(report, book.Get(undecided.PolicyVersion), priors, now, command.TraceId);
            await db.SaveChangesAsync(cancellationToken);
            return undecided;
        }

        var policy = book.InForceOn(Wita.Today(time));
        var prior = await cases.PriorSanctionsAsync(report.SubjectNip, report.Category, cancellationToken);
        var proposal = policy.Evaluate(report.Facts.ForPolicy(report.Category, prior));
        var @case = Case.Open(Ids.New(time), report, proposal, now, command.TraceId);
        if (@case.AwaitsAtasan)
            @case.NameAtasan(await atasan.TryFindAsync(@case, policy.Settings, cancellationToken), now, command.TraceId);
        cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        return @case;
    }
}
