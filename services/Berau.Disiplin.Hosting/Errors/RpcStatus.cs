using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace Berau.Disiplin.Hosting.Errors;

/// <summary>A gRPC status with google.rpc details a client can read (BadRequest, RetryInfo, …), as one exception.</summary>
public static class RpcStatus
{
    public static RpcException Create(Code code, string message, params IMessage?[] details)
    {
        var status = new Status { Code = (int)code, Message = message };
        foreach (var detail in details)
            if (detail is not null) status.Details.Add(Any.Pack(detail));
        return status.ToRpcException();
    }

    /// <summary>"Try again after <paramref name="delay"/>": for overload answers (RESOURCE_EXHAUSTED, UNAVAILABLE).</summary>
    public static RetryInfo RetryAfter(TimeSpan delay) =>
        new() { RetryDelay = Duration.FromTimeSpan(delay < TimeSpan.Zero ? TimeSpan.Zero : delay) };

    /// <summary>Whole seconds, rounded up, for a message a person reads.</summary>
    public static string Seconds(TimeSpan delay) => $"{Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds))} s";
}
