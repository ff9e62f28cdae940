using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Berau.Disiplin.Hosting.Errors;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting.Limits;

/// <summary>
/// Configuration section <c>RateLimits</c>: per RPC (by its name in the .proto, e.g. <c>SubmitReport</c>), how many
/// calls one caller (the token's <c>sub</c>) and one client address may make per window. A service declares its
/// limited RPCs and their defaults with <see cref="RateLimitExtensions.AddRateLimits"/>; configuration overrides them,
/// e.g. <c>RateLimits__Methods__SubmitReport__PerCaller=60</c>.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Off only where one caller legitimately makes bursts no portal should (the tests, a benchmark).</summary>
    public bool Enabled { get; set; } = true;

    public Dictionary<string, MethodRateLimit> Methods { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The limits of one RPC. A limit of 0 means none.</summary>
public sealed class MethodRateLimit
{
    /// <summary>Calls per <see cref="Window"/> by one caller (token <c>sub</c>).</summary>
    [Range(0, 1_000_000)] public int PerCaller { get; set; }

    /// <summary>Calls per <see cref="Window"/> from one client address, whoever the callers are.</summary>
    [Range(0, 1_000_000)] public int PerAddress { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// The rate limiters of a service: for each limited RPC a fixed window per caller and one per client address
/// (ASP.NET Core's <see cref="PartitionedRateLimiter"/>), checked in that order before the call runs. As with a chained
/// limiter, a call the address's window refuses has still used its caller's permit.
/// </summary>
public sealed class CallRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<LimitedCall> _byCaller;
    private readonly PartitionedRateLimiter<LimitedCall> _byAddress;

    public CallRateLimits(IOptions<RateLimitOptions> options)
    {
        Options = options.Value;
        _byCaller = PartitionedRateLimiter.Create<LimitedCall, string>(call => Partition(call, "caller", call.Caller, l => l.PerCaller));
        _byAddress = PartitionedRateLimiter.Create<LimitedCall, string>(call => Partition(call, "address", call.Address, l => l.PerAddress));
    }

    public RateLimitOptions Options { get; }

    /// <summary>One call as the limiters see it: the RPC's name, who calls, from where.</summary>
    public sealed record LimitedCall(string Method, string Caller, string Address);

    /// <summary>Null when the call may run; otherwise which limit refused it ("caller" or "address") and how long to wait.</summary>
    public (string Kind, TimeSpan RetryAfter)? Refusal(LimitedCall call)
    {
        foreach (var (kind, limiter) in new[] { ("caller", _byCaller), ("address", _byAddress) })
        {
            using var lease = limiter.AttemptAcquire(call);
            if (!lease.IsAcquired)
                return (kind, lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Options.Methods[call.Method].Window);
        }
        return null;
    }

    private RateLimitPartition<string> Partition(LimitedCall call, string kind, string who, Func<MethodRateLimit, int> limitOf)
    {
        if (!Options.Enabled || !Options.Methods.TryGetValue(call.Method, out var limits) || limitOf(limits) <= 0)
            return RateLimitPartition.GetNoLimiter("none");
        return RateLimitPartition.GetFixedWindowLimiter($"{call.Method}|{kind}|{who}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limitOf(limits),
            Window = limits.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    public void Dispose()
    {
        _byCaller.Dispose();
        _byAddress.Dispose();
    }
}

/// <summary>
/// Refuses a call over its RPC's rate limit with <c>RESOURCE_EXHAUSTED</c>, google.rpc.RetryInfo (the time until the
/// window reopens) and google.rpc.QuotaFailure (which limit: the caller's or the address's). A gRPC status, never an
/// HTTP 429, so every gRPC client reads it. Limited RPCs are unary.
/// </summary>
public sealed class RateLimitInterceptor(CallRateLimits limits) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (!limits.Options.Enabled) return continuation(request, context);
        var method = context.Method[(context.Method.LastIndexOf('/') + 1)..];
        if (!limits.Options.Methods.TryGetValue(method, out var limit)) return continuation(request, context);

        var http = context.GetHttpContext();
        var caller = http.User.FindFirst("sub")?.Value ?? "anonymous";
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limits.Refusal(new CallRateLimits.LimitedCall(method, caller, address)) is not var (kind, retryAfter))
            return continuation(request, context);

        var (subject, count) = kind == "caller" ? ($"caller:{caller}", limit.PerCaller) : ($"address:{address}", limit.PerAddress);
        var window = $"{limit.Window.TotalSeconds:0} s";
        var quota = new QuotaFailure();
        quota.Violations.Add(new QuotaFailure.Types.Violation
        { Subject = subject, Description = $"at most {count} {method} calls per {window}" });
        throw RpcStatus.Create(Code.ResourceExhausted,
            $"Too many {method} calls from this {kind}: at most {count} per {window}. Retry after {RpcStatus.Seconds(retryAfter)}.",
            RpcStatus.RetryAfter(retryAfter), quota);
    }
}

public static class RateLimitExtensions
{
    /// <summary>
    /// Declares the service's rate-limited RPCs with their default limits (below configuration, which overrides them)
    /// and registers the limiter the <see cref="RateLimitInterceptor"/> uses.
    /// </summary>
    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder,
        params (string Method, int PerCaller, int PerAddress, TimeSpan Window)[] defaults)
    {
        var data = new Dictionary<string, string?>();
        foreach (var (method, perCaller, perAddress, window) in defaults)
        {
            data[$"{RateLimitOptions.Section}:Methods:{method}:PerCaller"] = perCaller.ToString(System.Globalization.CultureInfo.InvariantCulture);
            data[$"{RateLimitOptions.Section}:Methods:{method}:PerAddress"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture);
            data[$"{RateLimitOptions.Section}:Methods:{method}:Window"] = window.ToString("c");
        }
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = data });
        return builder;
    }
}
