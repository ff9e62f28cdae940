using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
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

    /// <summary>Reads and checks the <c>Auth</c> section; refuses to start without a way to validate tokens.</summary>
    public static AuthOptions ReadAuthOptions(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (string.IsNullOrWhiteSpace(options.Authority) && string.IsNullOrWhiteSpace(options.SigningKey))
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException(
                    "Authentication is not configured: set Auth:Authority to your OIDC issuer (production) " +
                    "or Auth:SigningKey to a shared key of at least 32 characters (development).");
            options.SigningKey = AuthOptions.DevelopmentSigningKey;
        }
        if (string.IsNullOrWhiteSpace(options.Authority) && options.SigningKey!.Length < 32)
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters long.");
        return options;
    }
}
