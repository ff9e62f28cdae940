using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Calendar;
using Berau.Disiplin.Discipline.Policies;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Berau.Disiplin.Discipline;

public sealed partial class DisciplineGrpcService
{
    public override async Task<Contracts.Discipline.V1.Policy> GetPolicy(GetPolicyRequest request, ServerCallContext context)
    {
        var v = new Validator();
        v.MaxLength("version", request.Version, 100);
        v.ThrowIfInvalid();
        var book = await policies.BookAsync(context.CancellationToken);
        var inForce = book.InForceOn(WorkingCalendar.Today(time));
        var policy = string.IsNullOrWhiteSpace(request.Version) ? inForce : book.Get(request.Version.Trim());
        return new Contracts.Discipline.V1.Policy
        {
            Version = policy.VersionId,
            EffectiveFrom = policy.EffectiveFrom.ToString("yyyy-MM-dd"),
            Document = PolicyStore.Document(policy),
            InForce = policy.VersionId == inForce.VersionId,
        };
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Contracts.Discipline.V1.Policy> PublishPolicy(PublishPolicyRequest request, ServerCallContext context)
    {
        var v = new Validator();
        v.Required("document", request.Document).MaxLength("document", request.Document, 1_000_000);
        v.ThrowIfInvalid();
        var today = WorkingCalendar.Today(time);
        var policy = await policies.PublishAsync(request.Document, CallerOf(context).Subject, today, time.GetUtcNow(),
            context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Contracts.Discipline.V1.Policy
        {
            Version = policy.VersionId,
            EffectiveFrom = policy.EffectiveFrom.ToString("yyyy-MM-dd"),
            Document = PolicyStore.Document(policy),
            InForce = policy.EffectiveFrom <= today,
        };
    }
}
