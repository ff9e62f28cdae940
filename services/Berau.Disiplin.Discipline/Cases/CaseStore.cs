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

    public Task<bool> ExistsForReportAsync(Guid reportId, CancellationToken cancellationToken) =>
        db.Cases.AnyAsync(c => c.ReportId == reportId, cancellationToken);

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
        CancellationToken cancellationToken)
    {
        var priors = await db.Cases.AsNoTracking()
            .Where(c => c.SubjectNip == subjectNip && c.Category == category
                        && c.Sanction != null && c.Sanction.Status != SanctionStatus.Annulled)
            .OrderBy(c => c.Sanction!.DecidedAt)
            .Select(c => new { c.Sanction!.Code, c.Sanction.DecidedAt })
            .ToListAsync(cancellationToken);
        return priors.Select(p => new PriorSanction(p.Code, p.DecidedAt)).ToList();
    }
}
