using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Berau.Disiplin.Hosting.Errors;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting.Limits;

/// <summary>
/// Configuration section <c>Limits</c>: how much work one instance of a service takes on at once. Each running call
/// may hold a database connection, so <see cref="MaxConcurrentCalls"/> stays below <c>Database:MaxPoolSize</c> (the
/// rest of the pool is for the consumers, the outbox relay and the health check): see docs/security.md, Bounded work.
/// </summary>
public sealed class CallLimitsOptions
{
    public const string Section = "Limits";

    /// <summary>gRPC calls running at once; the health and reflection services are not counted.</summary>
    [Range(1, 10_000)] public int MaxConcurrentCalls { get; set; } = 12;

    /// <summary>Calls waiting for a free slot, oldest first; beyond them a call is refused at once.</summary>
    [Range(0, 100_000)] public int MaxQueuedCalls { get; set; } = 50;

    /// <summary>The delay a refused caller is told to wait (google.rpc.RetryInfo), also after a busy database.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>The one concurrency limiter of a service (ASP.NET Core's <see cref="ConcurrencyLimiter"/>).</summary>
public sealed class CallConcurrency(IOptions<CallLimitsOptions> options) : IDisposable
{
    public CallLimitsOptions Options { get; } = options.Value;

    public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentCalls,
        QueueLimit = options.Value.MaxQueuedCalls,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public void Dispose() => Limiter.Dispose();
}

/// <summary>
/// Caps the gRPC calls a service runs at once: a call beyond <see cref="CallLimitsOptions.MaxConcurrentCalls"/> waits
/// in a bounded queue, and beyond that is refused with <c>RESOURCE_EXHAUSTED</c> and google.rpc.RetryInfo, before it
/// touches the database. Health and reflection are never refused.
/// </summary>
public sealed class ConcurrencyLimitInterceptor(CallConcurrency concurrency) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = await AcquireAsync(context);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = await AcquireAsync(context);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = await AcquireAsync(context);
        await continuation(request, responseStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = await AcquireAsync(context);
        await continuation(requestStream, responseStream, context);
    }

    private async ValueTask<IDisposable?> AcquireAsync(ServerCallContext context)
    {
        if (IsInfrastructure(context.Method)) return null;
        var lease = await concurrency.Limiter.AcquireAsync(1, context.CancellationToken);
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        var retryAfter = concurrency.Options.RetryAfter;
        throw RpcStatus.Create(Code.ResourceExhausted,
            $"The service is running as many calls as it takes at once ({concurrency.Options.MaxConcurrentCalls}, " +
            $"{concurrency.Options.MaxQueuedCalls} more waiting). Retry after {RpcStatus.Seconds(retryAfter)}.",
            RpcStatus.RetryAfter(retryAfter));
    }

    /// <summary>Health probes and reflection answer from memory and must answer under load.</summary>
    internal static bool IsInfrastructure(string method) =>
        method.StartsWith("/grpc.health.", StringComparison.Ordinal) || method.StartsWith("/grpc.reflection.", StringComparison.Ordinal);
}
