using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>A policy version: the one in force today when <paramref name="Version"/> is null.</summary>
public sealed record GetPolicy(string? Version)
{
    public static GetPolicy From(Proto.GetPolicyRequest request)
    {
        var version = request.Version.Trim();
        new Validator().MaxLength("version", version, 100).ThrowIfInvalid();
        return new GetPolicy(version.Length > 0 ? version : null);
    }
}

/// <summary>A policy version, and whether it is the one in force.</summary>
public sealed record PolicyView(SanctionPolicy Policy, bool InForce);

public sealed class GetPolicyHandler(PolicyStore policies, TimeProvider time)
{
    public async Task<PolicyView> HandleAsync(GetPolicy query, CancellationToken cancellationToken)
    {
        var book = await policies.BookAsync(cancellationToken);
        var inForce = book.InForceOn(Wita.Today(time));
        var policy = query.Version is { } version ? book.Get(version) : inForce;
        return new PolicyView(policy, policy.VersionId == inForce.VersionId);
    }
}
