using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Hosting.Errors;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Status = Grpc.Core.Status;

namespace Berau.Disiplin.UnitTests.Foundation;

/// <summary>
/// The one rule for a fault that goes away by itself, and what it becomes: a consumer retries it without a limit, a gRPC
/// caller is told <c>UNAVAILABLE</c> with retry advice, never <c>INTERNAL</c>.
/// </summary>
public sealed class TransientFaultTests
{
    private static readonly NpgsqlException Unreachable =
        new("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111));

    private static readonly Dictionary<string, Exception> TransientCases = new()
    {
        { "PostgreSQL unreachable", Unreachable },
        { "as EF Core wraps it", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", Unreachable) },
        { "a broken connection", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()) },
        { "an exhausted pool", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()) },
        { "the server shutting down", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01") },
        { "too many connections", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300") },
        { "a lost connection", new PostgresException("connection failure", "FATAL", "FATAL", "08006") },
        { "a deadlock, inside a failed save", new DbUpdateException("save failed", new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")) },
        { "a timeout", new TimeoutException("The operation has timed out.") },
        { "Personnel unavailable", new RpcException(new Status(StatusCode.Unavailable, "no connection")) },
    };

    private static readonly Dictionary<string, Exception> NotTransientCases = new()
    {
        { "a unique violation", new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", "23505")) },
        { "bad data", new PostgresException("invalid byte sequence", "ERROR", "ERROR", "22021") },
        { "a bug", new InvalidOperationException("Sequence contains no elements") },
        { "Personnel answering no", new RpcException(new Status(StatusCode.NotFound, "no such employee")) },
    };

    public static TheoryData<string> Transient() => new(TransientCases.Keys);
    public static TheoryData<string> NotTransient() => new(NotTransientCases.Keys);

    [Theory]
    [MemberData(nameof(Transient))]
    public void Transient_faults_are_recognised(string what) => Assert.True(TransientFaults.IsTransient(TransientCases[what]));

    [Theory]
    [MemberData(nameof(NotTransient))]
    public void Real_failures_are_not_transient(string what) => Assert.False(TransientFaults.IsTransient(NotTransientCases[what]));

    [Theory]
    [MemberData(nameof(Transient))]
    public async Task A_transient_fault_of_the_database_is_unavailable_with_retry_info(string what)
    {
        var ex = TransientCases[what];
        if (ex is RpcException) return; // a status not from a call passes as it is: see the dependency cases below
        var mapped = await MapAsync(ex);
        Assert.Equal(StatusCode.Unavailable, mapped.StatusCode);
        Assert.True(mapped.GetRpcStatus()!.GetDetail<RetryInfo>()!.RetryDelay.ToTimeSpan() > TimeSpan.Zero);
        Assert.DoesNotContain("5432", mapped.Status.Detail);
    }

    [Fact]
    public async Task A_call_to_Personnel_that_timed_out_is_unavailable_not_personnels_own_status()
    {
        var mapped = await MapAsync(await FailedPersonnelCallAsync(StatusCode.DeadlineExceeded));
        Assert.Equal(StatusCode.Unavailable, mapped.StatusCode);
        Assert.Contains("Personnel did not answer", mapped.Status.Detail);
        Assert.NotNull(mapped.GetRpcStatus()!.GetDetail<RetryInfo>());
    }

    [Fact]
    public async Task Personnel_answering_no_and_our_own_statuses_pass_unchanged()
    {
        Assert.Equal(StatusCode.NotFound, (await MapAsync(await FailedPersonnelCallAsync(StatusCode.NotFound))).StatusCode);
        // Not from a call: a status this service answers itself (an overload refusal, say) is not rewritten.
        var own = new RpcException(new Status(StatusCode.ResourceExhausted, "busy"));
        Assert.Equal(StatusCode.ResourceExhausted, (await MapAsync(own)).StatusCode);
    }

    [Fact]
    public async Task Other_unexpected_errors_stay_internal()
    {
        var mapped = await MapAsync(new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
        Assert.Equal(StatusCode.Internal, mapped.StatusCode);
    }

    /// <summary>A failed call as the Personnel client's marker leaves it.</summary>
    private static async Task<RpcException> FailedPersonnelCallAsync(StatusCode code)
    {
        var marker = new DependencyCalls.Marker("Personnel");
        var call = marker.AsyncUnaryCall<object, object>(new object(),
            new Grpc.Core.Interceptors.ClientInterceptorContext<object, object>(
                new Method<object, object>(MethodType.Unary, "test", "Call", Marshallers.Create<object>(_ => [], _ => new object()),
                    Marshallers.Create<object>(_ => [], _ => new object())), null, new CallOptions()),
            (_, _) => new AsyncUnaryCall<object>(Task.FromException<object>(new RpcException(new Status(code, "from Personnel"))),
                Task.FromResult(new Metadata()), () => new Status(code, ""), () => [], () => { }));
        return await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
    }

    private static async Task<RpcException> MapAsync(Exception thrown)
    {
        var interceptor = new ErrorMappingInterceptor(NullLogger<ErrorMappingInterceptor>.Instance);
        return await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<object, object>(
            new object(), new TestCallContext(), (_, _) => throw thrown));
    }
}
