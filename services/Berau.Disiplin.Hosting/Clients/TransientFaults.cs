using Grpc.Core;

namespace Berau.Disiplin.Hosting.Clients;

/// <summary>
/// The one rule for "the other service is not answering now, try again later" (as opposed to "it answered no").
/// Reporting's triage and Discipline's deadlines both decide on it, so an outage is treated the same everywhere.
/// </summary>
public static class TransientFaults
{
    /// <summary>
    /// Unavailable, a passed deadline, an internal or unknown failure, overload, and a service that cannot yet
    /// authenticate or serve us (mid-deployment, a key not yet rotated) are transient; any other status is an answer.
    /// </summary>
    public static bool IsTransient(StatusCode code) => code is StatusCode.Unavailable or StatusCode.DeadlineExceeded
        or StatusCode.Internal or StatusCode.Unknown or StatusCode.ResourceExhausted or StatusCode.Unimplemented
        or StatusCode.Unauthenticated or StatusCode.PermissionDenied or StatusCode.Aborted or StatusCode.Cancelled;

    public static bool IsTransient(RpcException ex) => IsTransient(ex.StatusCode);
}
