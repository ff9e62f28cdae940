using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Primitives;
using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Berau.Disiplin.Hosting.Limits;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Status = Google.Rpc.Status;

namespace Berau.Disiplin.Hosting.Errors;

/// <summary>
/// The one error mapping of the suite: domain refusals become their gRPC status (with google.rpc details a client
/// can read); a database that is out of connections, refuses new ones or cannot be reached, and any other transient fault
/// of the database or of a service it calls, becomes <c>UNAVAILABLE</c> with google.rpc.RetryInfo; anything else
/// unexpected becomes <c>INTERNAL</c> with the trace id and no stack trace to the caller.
/// </summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger, IOptions<CallLimitsOptions>? limits = null)
    : Interceptor
{
    private readonly TimeSpan _retryAfter = limits?.Value.RetryAfter ?? TimeSpan.FromSeconds(1);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException || DependencyCalls.IsTransientFault(ex))
        {
            throw Map(ex, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (ex is not RpcException || DependencyCalls.IsTransientFault(ex))
        {
            throw Map(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException || DependencyCalls.IsTransientFault(ex))
        {
            throw Map(ex, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException || DependencyCalls.IsTransientFault(ex))
        {
            throw Map(ex, context);
        }
    }

    private RpcException Map(Exception ex, ServerCallContext context)
    {
        switch (ex)
        {
            case ValidationFailedException v:
                var badRequest = new BadRequest();
                badRequest.FieldViolations.AddRange(v.Violations.Select(f =>
                    new BadRequest.Types.FieldViolation { Field = f.Field, Description = f.Reason }));
                return ToRpc(Code.InvalidArgument, v.Message, badRequest);
            case NotFoundException nf:
                return ToRpc(Code.NotFound, nf.Message,
                    new ResourceInfo { ResourceType = nf.What, ResourceName = nf.Id, Description = nf.Message });
            case InvalidStateException s:
                var failure = new PreconditionFailure();
                failure.Violations.Add(new PreconditionFailure.Types.Violation
                { Type = "STATE", Subject = s.CurrentState, Description = s.Message });
                return ToRpc(Code.FailedPrecondition, s.Message, failure);
            case AlreadyExistsException ae:
                return ToRpc(Code.AlreadyExists, ae.Message,
                    new ResourceInfo { ResourceType = ae.What, ResourceName = ae.Id, Description = ae.Message });
            case ConcurrentChangeException cc:
                var conflict = new PreconditionFailure();
                conflict.Violations.Add(new PreconditionFailure.Types.Violation
                { Type = "CONCURRENT_CHANGE", Subject = cc.CurrentState, Description = cc.Message });
                return ToRpc(Code.FailedPrecondition, cc.Message, conflict);
            case NotEntitledException ne:
                return ToRpc(Code.PermissionDenied, ne.Message, null);
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return ToRpc(Code.Cancelled, "The call was cancelled by the caller or its deadline passed.", null);
            case Exception when DatabaseOverload.Reason(ex) is { } reason:
                logger.DatabaseUnavailable(context.Method, reason);
                return RpcStatus.Create(Code.Unavailable,
                    $"The service's database {reason}. Retry after {RpcStatus.Seconds(_retryAfter)}.",
                    RpcStatus.RetryAfter(_retryAfter));
            case Exception when Unavailable(ex, context) is { } unavailable:
                return unavailable;
            default:
                var traceId = Activity.Current?.TraceId.ToString() ?? "none";
                logger.UnhandledError(ex, context.Method, traceId);
                return ToRpc(Code.Internal,
                    $"An internal error occurred. Quote trace id {traceId} to the operators.", null);
        }
    }

    /// <summary>
    /// A transient fault (<see cref="TransientFaults.IsTransient(Exception)"/>): the service's database unreachable,
    /// restarting or out of connections, a timeout, or a service it calls (Personnel) not answering. The caller may
    /// retry the same call: <c>UNAVAILABLE</c> is the status clients' retry policies treat as retryable, never
    /// <c>INTERNAL</c>. Null for any other exception.
    /// </summary>
    private RpcException? Unavailable(Exception ex, ServerCallContext context)
    {
        if (!TransientFaults.IsTransient(ex)) return null;
        var what = DependencyCalls.DependencyOf(ex) is { } dependency
            ? $"{dependency} did not answer"
            : "its database is not reachable";
        logger.AnsweredUnavailable(context.Method, what, ex.GetBaseException().Message);
        return RpcStatus.Create(Code.Unavailable,
            $"The service cannot answer now: {what}. Retry after {RpcStatus.Seconds(_retryAfter)}.",
            RpcStatus.RetryAfter(_retryAfter));
    }

    private static RpcException ToRpc(Code code, string message, Google.Protobuf.IMessage? detail) =>
        RpcStatus.Create(code, message, detail);
}

/// <summary>
/// "The database cannot take this call now" as opposed to a bug: Npgsql's pool exhausted (no connection within the
/// connection string's Timeout), PostgreSQL out of connection slots (53300 <c>too_many_connections</c>, also "remaining
/// connection slots are reserved") or other resources (class 53), starting up or shutting down (57P03), or not
/// reachable at all.
/// </summary>
public static class DatabaseOverload
{
    /// <summary>Why the database cannot answer, in words for the caller; null when the exception is something else.</summary>
    public static string? Reason(Exception exception)
    {
        for (Exception? ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case PostgresException { SqlState: PostgresErrorCodes.TooManyConnections }:
                    return "has no connection slot free";
                case PostgresException pg when pg.SqlState.StartsWith("53", StringComparison.Ordinal):
                    return "is short of resources";
                case PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow }:
                    return "is starting up or shutting down";
                case PostgresException:
                    return null;
                case NpgsqlException { InnerException: TimeoutException }:
                    return "is busy: no connection came free in time";
                case NpgsqlException { IsTransient: true }:
                    return "cannot be reached";
            }
        }
        return null;
    }
}
