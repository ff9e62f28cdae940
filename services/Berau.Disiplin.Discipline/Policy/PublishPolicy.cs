using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>BKPSDM (role policy-admin) publishes a new policy version (JSON), taking effect on its date; open cases keep theirs.</summary>
public sealed record PublishPolicy(string Document, string PublishedBy)
{
    public static PublishPolicy From(Proto.PublishPolicyRequest request, Caller caller)
    {
        new Validator().Required("document", request.Document).MaxLength("document", request.Document, 1_000_000).ThrowIfInvalid();
        return new PublishPolicy(request.Document, caller.Subject);
    }
}

public sealed class PublishPolicyHandler(DisciplineDbContext db, PolicyStore policies, TimeProvider time)
{
    public async Task<PolicyView> HandleAsync(PublishPolicy command, CancellationToken cancellationToken)
    {
        var today = Wita.Today(time);
        var policy = await policies.PublishAsync(command.Document, command.PublishedBy, today, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PolicyView(policy, InForce: policy.EffectiveFrom <= today);
    }
}
