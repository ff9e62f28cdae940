using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Berau.Disiplin.Hosting.Clients;

/// <summary>
/// Tells the failure of a call to another service (Personnel) apart from a status this service answers itself: the
/// client of each dependency marks the <see cref="RpcException"/> of a failed call with the dependency's name (in
/// <see cref="Exception.Data"/>, so the exception and every <c>catch (RpcException)</c> stay as they are). The error
/// mapping answers a transient one with <c>UNAVAILABLE</c>, rather than passing Personnel's own status on to our caller.
/// </summary>
public static class DependencyCalls
{
    private const string Key = "Berau.Disiplin.Dependency";

    /// <summary>The dependency whose call failed with <paramref name="ex"/>, or null when it is no such failure.</summary>
    public static string? DependencyOf(Exception ex) =>
        ex is RpcException && ex.Data[Key] is string name ? name : null;

    /// <summary>A call to another service that failed for a transient reason (<see cref="TransientFaults"/>).</summary>
    public static bool IsTransientFault(Exception ex) =>
        ex is RpcException rpc && DependencyOf(rpc) is not null && TransientFaults.IsTransient(rpc);

    /// <summary>The client interceptor that marks a failed call with the dependency's name.</summary>
    public sealed class Marker(string dependency) : Interceptor
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request,
            ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
        {
            var call = continuation(request, context);
            return new AsyncUnaryCall<TResponse>(Mark(call.ResponseAsync), call.ResponseHeadersAsync, call.GetStatus,
                call.GetTrailers, call.Dispose);
        }

        private async Task<TResponse> Mark<TResponse>(Task<TResponse> response)
        {
            try
            {
                return await response;
            }
            catch (RpcException ex)
            {
                ex.Data[Key] = dependency;
                throw;
            }
        }
    }
}
