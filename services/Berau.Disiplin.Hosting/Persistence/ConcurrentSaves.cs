using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Berau.Disiplin.Hosting.Persistence;

/// <summary>
/// The one mapping of "someone else changed it first": a row version that no longer matches, or a unique step number
/// (a timeline's sequence, say) taken by a concurrent commit, becomes <see cref="ConcurrentChangeException"/>
/// (<c>FAILED_PRECONDITION</c> naming the state the thing is in now).
/// </summary>
public static class ConcurrentSaves
{
    /// <param name="what">"Report", "Case", …</param>
    /// <param name="id">The id the caller used.</param>
    /// <param name="currentState">Reads the state the thing is in after the other change, in a fresh query.</param>
    public static async Task SaveChangesOrRefuseAsync(this DbContext db, string what, string id,
        Func<CancellationToken, Task<string>> currentState, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (IsConflict(ex))
        {
            db.ChangeTracker.Clear();
            throw new ConcurrentChangeException(what, id, await currentState(cancellationToken));
        }
    }

    public static bool IsConflict(Exception ex) =>
        ex is DbUpdateConcurrencyException
        || ex is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } };
}
