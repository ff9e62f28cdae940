namespace Berau.Disiplin.Discipline.Policy;

/// <summary>A policy version an official published, kept as the JSON document they sent.</summary>
public sealed class PublishedPolicy
{
    private PublishedPolicy() { }

    public PublishedPolicy(SanctionPolicy policy, string publishedBy, DateTimeOffset publishedAt)
    {
        Version = policy.VersionId;
        EffectiveFrom = policy.EffectiveFrom;
        Document = PolicyJson.Serialize(policy.Version);
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
    }

    public string Version { get; private init; } = "";
    public DateOnly EffectiveFrom { get; private init; }
    public string Document { get; private init; } = "";
    public string PublishedBy { get; private init; } = "";
    public DateTimeOffset PublishedAt { get; private init; }
}
