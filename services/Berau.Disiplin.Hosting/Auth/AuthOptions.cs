using System.ComponentModel.DataAnnotations;

namespace Berau.Disiplin.Hosting.Auth;

/// <summary>
/// Configuration section <c>Auth</c>. Production: set <see cref="Authority"/> to an OIDC issuer (Keycloak, say).
/// Development: a shared symmetric <see cref="SigningKey"/>; the <c>token</c> command mints tokens with it.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The shortest signing key accepted, in UTF-8 bytes (the length of HMAC-SHA256's hash).</summary>
    public const int MinimumSigningKeyBytes = 32;

    /// <summary>
    /// Used only in the Development environment when no key or authority is configured. It is published in this
    /// repository, so every other environment refuses to start with it.
    /// </summary>
    public const string DevelopmentSigningKey = "berau-disiplin-development-signing-key-NOT-FOR-PRODUCTION-0001";

    /// <summary>OIDC authority (issuer URL). When set, keys come from its discovery document.</summary>
    public string? Authority { get; set; }

    /// <summary>Symmetric HMAC-SHA256 key (at least 32 bytes) for development and tests.</summary>
    public string? SigningKey { get; set; }

    [Required] public string Issuer { get; set; } = "berau-disiplin-dev";
    [Required] public string Audience { get; set; } = "berau-disiplin";

    /// <summary>The claim that holds roles; Keycloak users may map theirs to <c>role</c> or set this.</summary>
    [Required] public string RoleClaimType { get; set; } = "role";

    public bool RequireHttpsMetadata { get; set; } = true;
}
