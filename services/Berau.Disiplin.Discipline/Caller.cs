using System.Security.Claims;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Grpc.Core;

namespace Berau.Disiplin.Discipline;

/// <summary>
/// Who calls, as the bearer token says: its subject (recorded as actor and decider) and the claims decisions rest on,
/// <c>nip</c> for an employee and <c>position_level</c> for an official.
/// </summary>
public sealed record Caller(string Subject, string? Nip, string? PositionLevelClaim, ClaimsPrincipal User)
{
    public static Caller Of(ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        return new Caller(user.Identity?.Name ?? "unknown", Identifiers.NormaliseOptional(user.FindFirst("nip")?.Value), user.FindFirst("position_level")?.Value,
            user);
    }

    public bool IsIn(string role) => User.IsInRole(role);

    /// <summary>The official's position level, from the token's <c>position_level</c> claim; refused without one.</summary>
    public PositionLevel OfficialLevel() => PolicyNames.PositionLevel(PositionLevelClaim) ?? throw new NotEntitledException(
        PositionLevelClaim is null
            ? "The token carries no position_level claim, so the caller's authority cannot be checked."
            : $"'{PositionLevelClaim}' is not a position level (JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, BUPATI, ...).");

    /// <summary>Officials, verifiers, HR and auditors see every case; an employee sees their own only.</summary>
    public void EnsureMayRead(Case @case)
    {
        if (IsIn(Roles.Official) || IsIn(Roles.Verifier) || IsIn(Roles.Hr) || IsIn(Roles.Auditor)) return;
        if (IsIn(Roles.Employee) && @case.IsSubject(Nip)) return;
        throw new NotEntitledException("An employee may see only their own cases.");
    }

    /// <summary>Officials, HR and auditors see every record; an employee sees their own only.</summary>
    public void EnsureMayReadRecordOf(string nip)
    {
        if (IsIn(Roles.Official) || IsIn(Roles.Hr) || IsIn(Roles.Auditor) || Nip == nip) return;
        throw new NotEntitledException("An employee may see only their own discipline record.");
    }

    /// <summary>An employee acts on their own cases only (the token's <c>nip</c> claim).</summary>
    public void EnsureIsSubjectOf(Case @case)
    {
        if (!@case.IsSubject(Nip))
            throw new NotEntitledException("An employee may act only on their own cases (the token's nip claim).");
    }
}
