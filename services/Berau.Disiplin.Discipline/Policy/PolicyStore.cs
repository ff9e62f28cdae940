using Berau.Disiplin.Discipline.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// The policy book: the built-in versions seeded from PP 94/2021 (embedded JSON) plus every version officials published.
/// The version in force on a day is the latest whose effective date has come; a case keeps the version it opened under.
/// </summary>
public sealed class PolicyStore(DisciplineDbContext db)
{
    private static readonly Lazy<IReadOnlyList<SanctionPolicy>> BuiltIn = new(DefaultPolicy.LoadAll);

    public async Task<PolicyBook> BookAsync(CancellationToken cancellationToken)
    {
        var published = await db.PublishedPolicies.AsNoTracking().ToListAsync(cancellationToken);
        return new PolicyBook(BuiltIn.Value.Concat(published.Select(p => PolicyJson.Parse(p.Document))));
    }

    /// <summary>Adds a version to the book (refused when invalid, taken or in the past); the caller saves.</summary>
    public async Task<SanctionPolicy> PublishAsync(string document, string by, DateOnly today, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var version = PolicyJson.Deserialize(document);
        var policy = (await BookAsync(cancellationToken)).Publish(version, today).Get(version.Version);
        db.PublishedPolicies.Add(new PublishedPolicy(policy, by, now));
        return policy;
    }
}
