using Berau.Disiplin.Hosting.Errors;
using Berau.Disiplin.Primitives;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Berau.Disiplin.UnitTests.Foundation;

public sealed class ErrorMappingTests
{
    private static async Task<RpcException> MapAsync(Exception thrown)
    {
        var interceptor = new ErrorMappingInterceptor(NullLogger<ErrorMappingInterceptor>.Instance);
        return await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<object, object>(
            new object(), new FakeServerCallContext(), (_, _) => throw thrown));
    }

    [Fact]
    public async Task Validation_failure_is_invalid_argument_with_every_field_in_a_bad_request()
    {
        var v = new Validator();
        v.Required("name", " ").MaxLength("code", new string('x', 60), 50);
        var ex = await MapAsync(Assert.Throws<ValidationFailedException>(v.ThrowIfInvalid));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var violations = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
        Assert.Equal(["name", "code"], violations.Select(f => f.Field).ToArray());
        Assert.Equal("must be at most 50 characters", violations[1].Description);
    }

    [Theory]
    [InlineData(typeof(NotFoundException), StatusCode.NotFound)]
    [InlineData(typeof(InvalidStateException), StatusCode.FailedPrecondition)]
    [InlineData(typeof(AlreadyExistsException), StatusCode.AlreadyExists)]
    [InlineData(typeof(NotEntitledException), StatusCode.PermissionDenied)]
    public async Task Domain_refusals_map_to_their_status(Type exceptionType, StatusCode expected)
    {
        Exception thrown = exceptionType.Name switch
        {
            nameof(NotFoundException) => new NotFoundException("Report", "42"),
            nameof(InvalidStateException) => new InvalidStateException("Report 42 is dismissed.", "DISMISSED"),
            nameof(AlreadyExistsException) => new AlreadyExistsException("Unit", "DISDUKCAPIL"),
            _ => new NotEntitledException("A Pengawas may not impose a sedang sanction."),
        };
        var ex = await MapAsync(thrown);
        Assert.Equal(expected, ex.StatusCode);
        Assert.Equal(thrown.Message, ex.Status.Detail);
    }

    [Fact]
    public async Task Unexpected_error_is_internal_without_its_message_or_stack_trace()
    {
        var ex = await MapAsync(new InvalidOperationException("connection string Password=secret"));
        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.DoesNotContain("secret", ex.Status.Detail);
        Assert.Contains("trace id", ex.Status.Detail);
    }

    [Theory]
    [InlineData("53300", "remaining connection slots are reserved for non-replication superuser connections")]
    [InlineData("53300", "sorry, too many clients already")]
    [InlineData("53200", "out of memory")]
    [InlineData("57P03", "the database system is starting up")]
    public async Task PostgreSQL_out_of_connections_or_resources_is_unavailable_with_retry_info(string sqlState, string text)
    {
        var ex = await MapAsync(new PostgresException(text, "FATAL", "FATAL", sqlState));
        AssertUnavailableWithRetry(ex);
    }

    [Fact]
    public async Task An_exhausted_Npgsql_pool_is_unavailable_with_retry_info()
    {
        var exhausted = new NpgsqlException(
            "The connection pool has been exhausted, either raise 'Max Pool Size' (currently 2) or 'Timeout' (currently 1 seconds) in your connection string.",
            new TimeoutException());
        AssertUnavailableWithRetry(await MapAsync(exhausted));
        // Also when EF Core wraps it.
        AssertUnavailableWithRetry(await MapAsync(new InvalidOperationException("An exception was thrown while reading", exhausted)));
    }

    [Fact]
    public async Task Other_PostgreSQL_errors_stay_internal()
    {
        var ex = await MapAsync(new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", "22021"));
        Assert.Equal(StatusCode.Internal, ex.StatusCode);
    }

    private static void AssertUnavailableWithRetry(RpcException ex)
    {
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        var retry = ex.GetRpcStatus()!.GetDetail<RetryInfo>();
        Assert.NotNull(retry);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.RetryDelay.ToTimeSpan());
        Assert.Contains("Retry after 1 s", ex.Status.Detail);
        Assert.DoesNotContain("Max Pool Size", ex.Status.Detail);
    }

    private sealed class FakeServerCallContext : ServerCallContext
    {
        protected override string MethodCore => "/test/Method";
        protected override string HostCore => "localhost";
        protected override string PeerCore => "ipv4:127.0.0.1:1";
        protected override DateTime DeadlineCore => DateTime.MaxValue;
        protected override Metadata RequestHeadersCore => [];
        protected override CancellationToken CancellationTokenCore => CancellationToken.None;
        protected override Metadata ResponseTrailersCore => [];
        protected override Grpc.Core.Status StatusCore { get; set; }
        protected override WriteOptions? WriteOptionsCore { get; set; }
        protected override AuthContext AuthContextCore => new(null, []);
        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) =>
            throw new NotSupportedException();
        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
