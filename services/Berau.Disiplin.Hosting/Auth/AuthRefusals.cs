using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using GrpcStatusCode = Grpc.Core.StatusCode;

namespace Berau.Disiplin.Hosting.Auth;

/// <summary>
/// 401 and 403 with a reason a client can show. A refused gRPC call is answered as gRPC (HTTP 200, trailers-only) with
/// <c>UNAUTHENTICATED</c> or <c>PERMISSION_DENIED</c> and the reason as the status message, not as a bare HTTP status
/// the client reports as "Bad gRPC response". A 401 also carries RFC 6750's <c>www-authenticate: Bearer error="…",
/// error_description="…"</c> (<c>invalid_request</c> without a token, <c>invalid_token</c> for one that was refused, with
/// why: expired, wrong signature, wrong issuer or audience).
/// </summary>
public static class AuthRefusals
{
    /// <summary>The largest bearer token read (8 KiB); Kestrel takes headers up to 64 KiB so a larger one is refused here, with a reason.</summary>
    public const int MaxTokenLength = 8 * 1024;

    /// <summary>The longest subject a token may name: the columns that store who decided hold 200 characters.</summary>
    public const int MaxSubjectLength = 200;

    public static JwtBearerEvents Events() => new()
    {
        OnMessageReceived = context =>
        {
            string? header = context.Request.Headers[HeaderNames.Authorization];
            if (header is { Length: > MaxTokenLength })
                context.Fail($"The bearer token is longer than {MaxTokenLength} bytes.");
            return Task.CompletedTask;
        },
        OnTokenValidated = context =>
        {
            var sub = context.Principal?.FindFirst("sub")?.Value;
            if (string.IsNullOrWhiteSpace(sub)) context.Fail("The token names no subject ('sub').");
            else if (sub.Length > MaxSubjectLength) context.Fail($"The token's subject is longer than {MaxSubjectLength} characters.");
            else if (Inputs.InputRules.StringViolation(sub, freeText: false) is { } why) context.Fail($"The token's subject {why}.");
            return Task.CompletedTask;
        },
        OnChallenge = context =>
        {
            var (error, description) = context.AuthenticateFailure is null
                ? (context.Error ?? "invalid_request",
                    context.ErrorDescription ?? "No bearer token: send the header 'authorization: Bearer <token>'.")
                : (context.Error ?? "invalid_token", context.ErrorDescription ?? "The bearer token was refused.");
            context.HandleResponse();
            context.Response.Headers[HeaderNames.WWWAuthenticate] =
                $"Bearer error=\"{error}\", error_description=\"{Quoted(description)}\"";
            if (IsGrpc(context.Request))
                WriteGrpcStatus(context.Response, GrpcStatusCode.Unauthenticated, $"{Sentence(description)} ({error})");
            else
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        },
        OnForbidden = context =>
        {
            var needed = context.HttpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .SelectMany(a => (a.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct().ToList() ?? [];
            var held = context.HttpContext.User.Claims.Where(c => c.Type == context.Options.TokenValidationParameters.RoleClaimType)
                .Select(c => c.Value).Distinct().ToList();
            var reason = (needed.Count > 0
                             ? $"This call needs the role {string.Join(" or ", needed)}"
                             : "This call is not allowed to this token") +
                         $"; the token carries {(held.Count > 0 ? "the role " + string.Join(", ", held) : "no role")}.";
            if (IsGrpc(context.Request)) WriteGrpcStatus(context.Response, GrpcStatusCode.PermissionDenied, reason);
            return Task.CompletedTask;
        },
    };

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A trailers-only gRPC response: the status in the headers, no body.</summary>
    private static void WriteGrpcStatus(HttpResponse response, GrpcStatusCode code, string message)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = PercentEncoded(message);
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text[..^1] : text;

    private static string Quoted(string text) => text.Replace('"', '\'').Replace('\\', '/');

    /// <summary>The grpc-message encoding: printable ASCII as is, every other byte (and '%') as %XX.</summary>
    private static string PercentEncoded(string message)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(message))
            encoded.Append(b is >= 0x20 and <= 0x7E and not (byte)'%' ? ((char)b).ToString() : $"%{b:X2}");
        return encoded.ToString();
    }
}
