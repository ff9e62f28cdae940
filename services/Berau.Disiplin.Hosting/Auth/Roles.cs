namespace Berau.Disiplin.Hosting.Auth;

/// <summary>The roles a bearer token carries (claim <c>role</c>), as DESIGN.md names them.</summary>
public static class Roles
{
    /// <summary>Submits reports (complaint portals, supervisors, the attendance system).</summary>
    public const string Reporter = "reporter";
    /// <summary>Inspektorat or the complaint unit: assigns, confirms, dismisses reports. Verifying never makes anyone the issuer of a sanction.</summary>
    public const string Verifier = "verifier";
    /// <summary>BKPSDM: personnel data, carrying out transfers (mutasi).</summary>
    public const string Hr = "hr";
    /// <summary>
    /// An official acting on a case (summons, examination, decisions), identified by the token's <c>nip</c> claim. What
    /// an official may do is decided from Personnel's organisation chain and the policy's authority matrix, never from
    /// the token alone.
    /// </summary>
    public const string Official = "official";
    /// <summary>BKPSDM: publishes sanction-policy versions.</summary>
    public const string PolicyAdmin = "policy-admin";
    /// <summary>Pegawai: sees one's own record, files an objection (keberatan).</summary>
    public const string Employee = "employee";
    /// <summary>Reads everything.</summary>
    public const string Auditor = "auditor";
    /// <summary>Service-to-service calls.</summary>
    public const string Service = "service";

    public static readonly IReadOnlyList<string> All = [Reporter, Verifier, Hr, Official, PolicyAdmin, Employee, Auditor, Service];
}
