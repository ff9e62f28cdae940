using System.Security.Claims;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policies;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Hosting.Messaging;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainCase = Berau.Disiplin.Discipline.Cases.Case;

namespace Berau.Disiplin.Discipline;

/// <summary>
/// The Discipline gRPC API: thin, one partial file per feature (<c>Cases/</c>, <c>Decisions/</c>, <c>Objections/</c>,
/// <c>Policies/</c>), mapping and delegating to <see cref="CaseWorkflow"/> and the case aggregate.
/// </summary>
[Authorize]
public sealed partial class DisciplineGrpcService(
    DisciplineDbContext db,
    CaseWorkflow workflow,
    PolicyStore policies,
    IEventOutbox outbox,
    TimeProvider time)
    : DisciplineService.DisciplineServiceBase
{
    /// <summary>The claims of the caller that decisions rest on.</summary>
    private sealed record Caller(string Subject, string? Nip, string? PositionLevel, ClaimsPrincipal User)
    {
        public bool IsIn(string role) => User.IsInRole(role);
    }

    private static Caller CallerOf(ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        return new Caller(user.Identity?.Name ?? "unknown", user.FindFirst("nip")?.Value, user.FindFirst("position_level")?.Value, user);
    }

    private async Task<DomainCase> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new NotFoundException("Case", id.ToString());

    /// <summary>An employee sees and acts on their own cases only.</summary>
    private static void EnsureMayRead(DomainCase @case, Caller caller)
    {
        if (caller.IsIn(Roles.Official) || caller.IsIn(Roles.Verifier) || caller.IsIn(Roles.Hr) || caller.IsIn(Roles.Auditor)) return;
        if (caller.IsIn(Roles.Employee) && @case.IsSubject(caller.Nip)) return;
        throw new NotEntitledException("An employee may see only their own cases.");
    }

    /// <summary>Saves a decision; a concurrent change of the same case is refused with the state it is now in.</summary>
    private async Task SaveAsync(DomainCase @case, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException
                                       || ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The row version, or the timeline's (case, sequence) key, saw another change of the same case commit first.
            var status = await db.Cases.AsNoTracking().Where(c => c.Id == @case.Id).Select(c => c.Status).SingleAsync(ct);
            throw new InvalidStateException($"Case {@case.Id} was changed by someone else at the same moment.", DomainCase.StateName(status));
        }
    }
}
