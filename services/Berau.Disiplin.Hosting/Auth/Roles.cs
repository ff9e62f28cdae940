namespace Berau.Disiplin.Hosting.Auth;

/// <summary>The roles a bearer token carries (claim <c>role</c>), as DESIGN.md names them.</summary>
public static class Roles
{
    /// <summary>Submits reports (complaint portals, supervisors, the attendance system).</summary>
    public const string Reporter = "reporter";
    /// <summary>Inspektorat or the direct supervisor (atasan langsung): assigns, confirms, dismisses reports.</summary>
    public const string Verifier = "verifier";
    /// <summary>BKPSDM: personnel data, carrying out transfers (mutasi).</summary>
    public const string Hr = "hr";
    /// <summary>Pejabat yang berwenang menghukum: decides sanctions, approves transfers, decides objections.</summary>
    public const string Official = "official";
    /// <summary>Pegawai: sees one's own record, files an objection (keberatan).</summary>
    public const string Employee = "employee";
    /// <summary>Reads everything.</summary>
    public const string Auditor = "auditor";
    /// <summary>Service-to-service calls.</summary>
    public const string Service = "service";

    public static readonly IReadOnlyList<string> All = [Reporter, Verifier, Hr, Official, Employee, Auditor, Service];
}
