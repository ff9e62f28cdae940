using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Berau.Disiplin.Hosting.Auth;

/// <summary>Mints development tokens with the shared signing key: for the <c>token</c> command, the demo and tests.</summary>
public static class DevTokens
{
    public static string Mint(AuthOptions options, string subject, IEnumerable<string> roles, TimeSpan lifetime,
        string? name = null, string? nip = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        if (string.IsNullOrWhiteSpace(options.SigningKey))
            throw new InvalidOperationException("Auth:SigningKey is not set: tokens can only be minted with a signing key.");
        var claims = new List<Claim> { new("sub", subject) };
        if (name is not null) claims.Add(new Claim("name", name));
        if (nip is not null) claims.Add(new Claim("nip", nip));
        if (extra is not null) claims.AddRange(extra.Select(c => new Claim(c.Key, c.Value)));
        claims.AddRange(roles.Select(r => new Claim(options.RoleClaimType, r)));
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(SigningKeyOf(options), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    internal static SymmetricSecurityKey SigningKeyOf(AuthOptions options) =>
        new(Encoding.UTF8.GetBytes(options.SigningKey!));
}
