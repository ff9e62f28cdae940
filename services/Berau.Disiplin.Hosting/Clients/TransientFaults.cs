using Grpc.Core;
using Npgsql;

namespace Berau.Disiplin.Hosting.Clients;

/// <summary>
/// The one rule for "the other side is not answering now, try again later" (as opposed to "it answered no"): for
/// Personnel (Reporting's triage and Discipline's deadlines decide on it, so an outage is treated the same everywhere),
/// for the service's own PostgreSQL, and for a call that ran out of time. Consumers retry such a fault without a limit
/// and gRPC answers it with <c>UNAVAILABLE</c>; anything else is a real failure.
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

    /// <summary>
    /// Whether <paramref name="exception"/>, or what it wraps (EF Core wraps the driver's exception), is a fault that
    /// goes away by itself: PostgreSQL unreachable, restarting, out of connections or resources, a broken connection, a
    /// serialization failure or deadlock; a timeout (Npgsql's pool or command, a broker's confirm); Personnel not
    /// answering (<see cref="IsTransient(StatusCode)"/>); a message that arrived before the one it follows
    /// (<see cref="Messaging.ArrivedEarlyException"/>). A constraint violation, bad data or a bug is not.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case RpcException rpc:
                    return IsTransient(rpc);
                case PostgresException postgres:
                    // The server answered: its error class decides.
                    return IsTransient(postgres);
                case Messaging.ArrivedEarlyException:
                case NpgsqlException { IsTransient: true }:
                case TimeoutException:
                case System.Net.Sockets.SocketException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Class 08 (connection exception), 53 (insufficient resources: too many connections, out of memory or disk),
    /// 57P01–57P03 (the server shutting down or starting), 40001 and 40P01 (serialization failure, deadlock), and
    /// whatever Npgsql itself counts as transient.
    /// </summary>
    public static bool IsTransient(PostgresException ex) =>
        ex.IsTransient
        || ex.SqlState.StartsWith("08", StringComparison.Ordinal)
        || ex.SqlState.StartsWith("53", StringComparison.Ordinal)
        || ex.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.SerializationFailure
            or PostgresErrorCodes.DeadlockDetected;
}
