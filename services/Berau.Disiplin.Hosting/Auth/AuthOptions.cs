using System.ComponentModel.DataAnnotations;

namespace Berau.Disiplin.Hosting.Auth;

/// <summary>
/// Configuration section <c>Auth</c>. Production: set <see cref="Authority"/> to an OIDC issuer (Keycloak, say).
/// Development: a shared symmetric <see cref="SigningKey"/>; the <c>token</c> command mints tokens with it.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Used only in the Development environment when no key or authority is configured.</summary>
    public const string DevelopmentSigningKey = "berau-disiplin-development-signing-key-NOT-FOR-PRODUCTION-0001";

    /// <summary>OIDC authority (issuer URL). When set, keys come from its discovery document.</summary>
    public string? Authority { get; set; }

    /// <summary>Symmetric HMAC-SHA256 key (at least 32 characters) for development and tests.</summary>
    public string? SigningKey { get; set; }

    [Required] public string Issuer { get; set; } = "berau-disiplin-dev";
    [Required] public string Audience { get; set; } = "berau-disiplin";

    /// <summary>The claim that holds roles; Keycloak users may map theirs to <c>role</c> or set this.</summary>
    [Required] public string RoleClaimType { get; set; } = "role";

    public bool RequireHttpsMetadata { get; set; } = true;
}
