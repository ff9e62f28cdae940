using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// Every published version of the sanction policy. Answers which version is in force on a date (for a new case)
/// and finds a version by id (for a case that keeps the version it was opened under). Immutable: publishing returns
/// a new book, so a book read by one request never changes under it.
/// </summary>
public sealed class PolicyBook
{
    private readonly List<SanctionPolicy> _versions;

    public PolicyBook(IEnumerable<SanctionPolicy> versions)
    {
        _versions = versions.OrderBy(p => p.EffectiveFrom).ToList();
        if (_versions.Count == 0) throw new ArgumentException("A policy book needs at least one version.", nameof(versions));
        if (_versions.DistinctBy(p => p.VersionId).Count() != _versions.Count)
            throw new ArgumentException("Two policy versions share an id.", nameof(versions));
        if (_versions.DistinctBy(p => p.EffectiveFrom).Count() != _versions.Count)
            throw new ArgumentException("Two policy versions take effect on the same day.", nameof(versions));
    }

    /// <summary>All versions, earliest first.</summary>
    public IReadOnlyList<SanctionPolicy> Versions => _versions;

    /// <summary>The version for a case opened on <paramref name="date"/>: the latest that took effect on or before it.</summary>
    public SanctionPolicy InForceOn(DateOnly date) =>
        _versions.LastOrDefault(p => p.EffectiveFrom <= date)
        ?? throw new InvalidStateException(
            $"No sanction policy version is in force on {Wita.Iso(date)}: the first takes effect on {Wita.Iso(_versions[0].EffectiveFrom)}.",
            "NO_POLICY_IN_FORCE");

    /// <summary>The version a case was opened under.</summary>
    public SanctionPolicy Get(string versionId) =>
        _versions.FirstOrDefault(p => p.VersionId == versionId) ?? throw new NotFoundException("Policy version", versionId);

    /// <summary>
    /// Adds a new version, validated, taking effect on its <see cref="PolicyVersion.EffectiveFrom"/>. Refused when
    /// it is invalid, its id is taken, it would take effect before <paramref name="today"/> (cases opened since
    /// then were decided under the version in force; rewriting the past would make the book disagree with them),
    /// or another version takes effect the same day.
    /// </summary>
    public PolicyBook Publish(PolicyVersion version, DateOnly today)
    {
        var policy = SanctionPolicy.From(version);
        if (_versions.Any(p => p.VersionId == policy.VersionId)) throw new AlreadyExistsException("Policy version", policy.VersionId);
        if (policy.EffectiveFrom < today)
            throw ValidationFailedException.For("effectiveFrom", $"must be today ({Wita.Iso(today)}) or later: a version cannot take effect in the past");
        if (_versions.FirstOrDefault(p => p.EffectiveFrom == policy.EffectiveFrom) is { } clash)
            throw ValidationFailedException.For("effectiveFrom", $"version {clash.VersionId} already takes effect on {Wita.Iso(clash.EffectiveFrom)}");
        return new PolicyBook(_versions.Append(policy));
    }
}
