using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Policies;

/// <summary>A policy version an official published, kept as the JSON document they sent.</summary>
public sealed class PublishedPolicy
{
    public string Version { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public string Document { get; set; } = "";
    public string PublishedBy { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
}

/// <summary>
/// The policy book: the built-in version seeded from PP 94/2021 (embedded JSON) plus every version officials published.
/// The version in force on a day is the latest whose effective date has come; a case keeps the version it opened under.
/// </summary>
public sealed class PolicyStore(DisciplineDbContext db)
{
    private static readonly Lazy<SanctionPolicy> BuiltIn = new(DefaultPolicy.Load);

    public async Task<PolicyBook> BookAsync(CancellationToken cancellationToken)
    {
        var published = await db.PublishedPolicies.AsNoTracking().ToListAsync(cancellationToken);
        return new PolicyBook(published.Select(p => PolicyJson.Parse(p.Document)).Prepend(BuiltIn.Value));
    }

    public async Task<SanctionPolicy> PublishAsync(string document, string by, DateOnly today, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var version = PolicyJson.Deserialize(document);
        var book = (await BookAsync(cancellationToken)).Publish(version, today);
        var policy = book.Get(version.Version);
        db.PublishedPolicies.Add(new PublishedPolicy
        {
            Version = policy.VersionId,
            EffectiveFrom = policy.EffectiveFrom,
            Document = PolicyJson.Serialize(policy.Version),
            PublishedBy = by,
            PublishedAt = now,
        });
        return policy;
    }

    public static string Document(SanctionPolicy policy) => PolicyJson.Serialize(policy.Version);
}
