using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>
/// Keeps head posts true when their holder changes: a post is vacated (UnitHeadChanged) when its holder is transferred
/// away, becomes inactive or takes a level the post cannot carry, so that no chain of superiors names someone who no
/// longer holds the post; the next higher official acts until HR appoints a new head.
/// </summary>
public static class HeadPosts
{
    /// <summary>
    /// Vacates the posts <paramref name="employee"/> holds that they no longer fit (every post when
    /// <paramref name="transferred"/>); the units are tracked and saved with the caller's change.
    /// </summary>
    public static async Task VacateUnfitAsync(this PersonnelDbContext db, Employee employee, bool transferred,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var posts = await db.Units.Where(u => u.HeadNip == employee.Nip).ToListAsync(cancellationToken);
        foreach (var unit in posts.Where(u => transferred || u.HeadMisfit(employee, u.HeadDesignated) is not null))
            unit.VacateIfHeldBy(employee.Nip, now);
    }
}
