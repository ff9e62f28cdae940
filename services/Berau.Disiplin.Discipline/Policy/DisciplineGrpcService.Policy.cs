using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using PolicyMessage = Berau.Disiplin.Contracts.Discipline.V1.Policy;

namespace Berau.Disiplin.Discipline;

/// <summary>The sanction policy: reading a version, and publishing a new one.</summary>
public sealed partial class DisciplineGrpcService
{
    public override async Task<PolicyMessage> GetPolicy(GetPolicyRequest request, ServerCallContext context) =>
        ToMessage(await context.Handler<GetPolicyHandler>().HandleAsync(Policy.GetPolicy.From(request), context.CancellationToken));

    [Authorize(Roles = Roles.PolicyAdmin)]
    public override async Task<PolicyMessage> PublishPolicy(PublishPolicyRequest request, ServerCallContext context)
    {
        var command = Policy.PublishPolicy.From(request, Caller.Of(context));
        return ToMessage(await context.Handler<PublishPolicyHandler>().HandleAsync(command, context.CancellationToken));
    }

    private static PolicyMessage ToMessage(PolicyView view) => new()
    {
        Version = view.Policy.VersionId,
        EffectiveFrom = Wita.Iso(view.Policy.EffectiveFrom),
        Document = PolicyJson.Serialize(view.Policy.Version),
        InForce = view.InForce,
    };
}
