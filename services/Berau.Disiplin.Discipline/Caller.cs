using System.Security.Claims;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Grpc.Core;

namespace Berau.Disiplin.Discipline;

/// <summary>
/// Who calls, as the bearer token says: its subject and the <c>nip</c> claim. An official is identified by NIP, and what
/// they may do is read from Personnel's organisation chain; no other claim (a <c>position_level</c>, say) is trusted.
/// </summary>
public sealed record Caller(string Subject, string? Nip, ClaimsPrincipal User)
{
    public static Caller Of(ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        return new Caller(user.Identity?.Name ?? "unknown",
            user.FindFirst("nip")?.Value is { Length: > 0 } nip ? Identifiers.Normalise(nip) : null, user);
    }

    public bool IsIn(string role) => User.IsInRole(role);

    /// <summary>The official's NIP, from the token's <c>nip</c> claim; refused without one.</summary>
    public string OfficialNip() => Nip ?? throw new NotEntitledException(
        "The token carries no nip claim: an official acting on a case is identified by NIP, which is checked against the " +
        "employee's line of superiors in Personnel.");

    /// <summary>Who acted, as the timeline records it: the NIP when the token carries one, else its subject.</summary>
    public string Actor => Nip ?? Subject;

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

    /// <summary>
    /// Who may read an employee's discipline status: officials, hr, auditors and services (promotion, mutasi and
    /// retirement dossiers), an employee their own.
    /// </summary>
    public void EnsureMayReadStatusOf(string nip)
    {
        if (IsIn(Roles.Official) || IsIn(Roles.Hr) || IsIn(Roles.Auditor) || IsIn(Roles.Service) || Nip == nip) return;
        throw new NotEntitledException(
            "An employee may see only their own discipline status; officials, hr, auditors and services may see anyone's.");
    }

    /// <summary>An employee acts on their own cases only (the token's <c>nip</c> claim).</summary>
    public void EnsureIsSubjectOf(Case @case)
    {
        if (!@case.IsSubject(Nip))
            throw new NotEntitledException("An employee may act only on their own cases (the token's nip claim).");
    }
}
