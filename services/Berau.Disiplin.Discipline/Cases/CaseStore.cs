using System.Linq.Expressions;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Cases in the database: loading one to change it, saving it, and the employee's earlier sanctions.</summary>
public sealed class CaseStore(DisciplineDbContext db)
{
    public void Add(Case @case) => db.Cases.Add(@case);

    /// <summary>Whether a case holds the report, as its own or joined.</summary>
    public Task<bool> ExistsForReportAsync(Guid reportId, CancellationToken cancellationToken) =>
        db.Cases.AnyAsync(ForReport(reportId), cancellationToken);

    /// <summary>The case that holds the report, as its own or joined.</summary>
    public static Expression<Func<Case, bool>> ForReport(Guid reportId) =>
        c => c.ReportId == reportId || c.JoinedReports.Any(r => r.ReportId == reportId);

    /// <summary>The employee's case still before its decision, to change (at most one: a unique index keeps it so).</summary>
    public Task<Case?> UndecidedOfAsync(string subjectNip, CancellationToken cancellationToken) =>
        db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.SubjectNip == subjectNip
            && (c.Status == CaseStatus.AwaitingSummons || c.Status == CaseStatus.Summoned || c.Status == CaseStatus.Open),
            cancellationToken);

    /// <summary>A case to change, with its timeline; <see cref="NotFoundException"/> when there is none.</summary>
    public async Task<Case> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new NotFoundException("Case", id.ToString());

    public Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>A case to show, with its timeline, not tracked; null when none matches.</summary>
    public Task<Case?> ReadAsync(Expression<Func<Case, bool>> which, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().Include(c => c.Timeline).SingleOrDefaultAsync(which, cancellationToken);

    /// <summary>Saves a change; a concurrent change of the same case is refused with the state it is in now.</summary>
    public Task SaveAsync(Case @case, CancellationToken cancellationToken) =>
        db.SaveChangesOrRefuseAsync("Case", @case.Id.ToString(), async ct => Case.StateName(
            await db.Cases.AsNoTracking().Where(c => c.Id == @case.Id).Select(c => c.Status).SingleAsync(ct)), cancellationToken);

    /// <summary>The employee's sanctions for the same kind of offence that still stand (not annulled), oldest first.</summary>
    public async Task<IReadOnlyList<PriorSanction>> PriorSanctionsAsync(string subjectNip, OffenceCategory category,
        CancellationToken cancellationToken) =>
        (await PriorSanctionsAsync(subjectNip, [category], cancellationToken)).Of(category);

    /// <summary>The employee's standing sanctions for each of <paramref name="categories"/>, oldest first.</summary>
    public async Task<PriorSanctions> PriorSanctionsAsync(string subjectNip, IReadOnlyCollection<OffenceCategory> categories,
        CancellationToken cancellationToken)
    {
        var priors = await db.Cases.AsNoTracking()
            .Where(c => c.SubjectNip == subjectNip && categories.Contains(c.Category)
                        && c.Sanction != null && c.Sanction.Status != SanctionStatus.Annulled)
            .OrderBy(c => c.Sanction!.DecidedAt)
            .Select(c => new { c.Category, c.Sanction!.Code, c.Sanction.DecidedAt })
            .ToListAsync(cancellationToken);
        return new PriorSanctions(priors.GroupBy(p => p.Category).ToDictionary(g => g.Key,
            g => (IReadOnlyList<PriorSanction>)g.Select(p => new PriorSanction(p.Code, p.DecidedAt)).ToList()));
    }

    /// <summary>The categories a case's reports are about: its own and those of the reports joined to it.</summary>
    public static IReadOnlyCollection<OffenceCategory> CategoriesOf(Case @case) =>
        @case.JoinedReports.Select(r => r.Category).Append(@case.Category).Distinct().ToList();
}
