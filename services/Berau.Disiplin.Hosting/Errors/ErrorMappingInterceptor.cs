using Berau.Disiplin.Primitives;
using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using Status = Google.Rpc.Status;

namespace Berau.Disiplin.Hosting.Errors;

/// <summary>
/// The one error mapping of the suite: domain refusals become their gRPC status (with google.rpc details a client
/// can read), anything unexpected becomes <c>INTERNAL</c> with the trace id and no stack trace to the caller.
/// </summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
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
        catch (Exception ex) when (ex is not RpcException)
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
        catch (Exception ex) when (ex is not RpcException)
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
        catch (Exception ex) when (ex is not RpcException)
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
            default:
                var traceId = Activity.Current?.TraceId.ToString() ?? "none";
                logger.UnhandledError(ex, context.Method, traceId);
                return ToRpc(Code.Internal,
                    $"An internal error occurred. Quote trace id {traceId} to the operators.", null);
        }
    }

    private static RpcException ToRpc(Code code, string message, Google.Protobuf.IMessage? detail)
    {
        var status = new Status { Code = (int)code, Message = message };
        if (detail is not null) status.Details.Add(Any.Pack(detail));
        return status.ToRpcException();
    }
}
