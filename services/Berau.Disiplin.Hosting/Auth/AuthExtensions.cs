using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Berau.Disiplin.Hosting.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Berau.Disiplin.Hosting.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// JWT bearer on every endpoint (the fallback policy requires an authenticated caller; health probes and
    /// reflection opt out). Role checks sit on the gRPC methods as <c>[Authorize(Roles = ...)]</c>.
    /// </summary>
    public static WebApplicationBuilder AddBearerAuth(this WebApplicationBuilder builder)
    {
        var options = ReadAuthOptions(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    RoleClaimType = options.RoleClaimType,
                    NameClaimType = "sub",
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
                jwt.Events = AuthRefusals.Events();
                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    jwt.Authority = options.Authority;
                }
                else
                {
                    jwt.TokenValidationParameters.IssuerSigningKey = DevTokens.SigningKeyOf(options);
                }
            });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>
    /// Reads and checks the <c>Auth</c> section. Refuses to start (<see cref="InsecureConfigurationException"/>) without a
    /// way to validate tokens, with a signing key shorter than <see cref="AuthOptions.MinimumSigningKeyBytes"/>, and,
    /// outside Development and Testing, with the published development key.
    /// </summary>
    public static AuthOptions ReadAuthOptions(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var guarded = InsecureConfiguration.IsGuarded(environment);
        if (string.IsNullOrWhiteSpace(options.Authority) && string.IsNullOrWhiteSpace(options.SigningKey))
        {
            if (!environment.IsDevelopment())
                throw InsecureConfiguration.Refuse("Auth:Authority",
                    "is not set and neither is Auth:SigningKey: authentication is not configured. Set Auth:Authority to " +
                    $"your OIDC issuer, or Auth:SigningKey to a secret of at least {AuthOptions.MinimumSigningKeyBytes} bytes.");
            options.SigningKey = AuthOptions.DevelopmentSigningKey;
        }
        if (guarded && options.SigningKey == AuthOptions.DevelopmentSigningKey)
            throw InsecureConfiguration.Refuse("Auth:SigningKey",
                "is the published development key: anyone can mint tokens with it. Set a secret of your own " +
                $"(at least {AuthOptions.MinimumSigningKeyBytes} bytes, e.g. openssl rand -base64 48) or use Auth:Authority.");
        if (string.IsNullOrWhiteSpace(options.Authority)
            && System.Text.Encoding.UTF8.GetByteCount(options.SigningKey!) < AuthOptions.MinimumSigningKeyBytes)
            throw InsecureConfiguration.Refuse("Auth:SigningKey",
                $"is shorter than {AuthOptions.MinimumSigningKeyBytes} bytes: HMAC-SHA256 needs a key at least as long as its hash.");
        return options;
    }
}
