using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Google.Rpc;
using Grpc.Core;
using Npgsql;

namespace Berau.Disiplin.EndToEndTests.Foundation;

/// <summary>A suite whose Personnel takes 3 calls at once and queues 2, with a pool large enough for them.</summary>
public sealed class SmallCapHost : IAsyncLifetime
{
    public const int Running = 3, Queued = 2;

    public SuiteHost Suite { get; } = new(new SuiteOptions
    {
        Settings = { ["Limits:MaxConcurrentCalls"] = $"{Running}", ["Limits:MaxQueuedCalls"] = $"{Queued}" },
    });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

/// <summary>A suite whose Personnel lets more calls run than its pool of 2 connections serves, waiting 1 s for one.</summary>
public sealed class SmallPoolHost : IAsyncLifetime
{
    public SuiteHost Suite { get; } = new(new SuiteOptions
    {
        DatabaseTimeoutSeconds = 1,
        Settings = { ["Database:MaxPoolSize"] = "2", ["Limits:MaxConcurrentCalls"] = "50" },
    });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

/// <summary>
/// A flood beyond what a service takes at once is answered RESOURCE_EXHAUSTED (the cap) or UNAVAILABLE (the database's
/// pool) with google.rpc.RetryInfo, never INTERNAL. The calls that get in are held on a table lock the test takes and
/// releases, so what is refused does not depend on how fast anything runs.
/// </summary>
public sealed class OverloadTests
{
    private const int Flood = 25;

    public sealed class Cap(SmallCapHost host) : IClassFixture<SmallCapHost>
    {
        [Fact]
        public async Task Calls_beyond_the_cap_and_its_queue_are_refused_at_once_with_retry_info_and_the_rest_complete()
        {
            var suite = host.Suite;
            var hr = SuiteHost.As(Roles.Hr);
            await using var lockHolder = await LockAsync(suite.Personnel.ConnectionString, "employees");

            var calls = Enumerable.Range(0, Flood).Select(_ => Outcome(suite.PersonnelClient.SearchEmployeesAsync(
                new SearchEmployeesRequest { Name = "rina" }, hr).ResponseAsync)).ToList();
            // The first 3 are held on the lock, 2 wait for a slot: the other 20 are answered while they are held.
            var refused = await Completed(calls, Flood - SmallCapHost.Running - SmallCapHost.Queued);
            await lockHolder.CommitAsync();
            var all = await Task.WhenAll(calls);

            Assert.All(refused, r => AssertRetryable(r, StatusCode.ResourceExhausted));
            Assert.Equal(SmallCapHost.Running + SmallCapHost.Queued, all.Count(r => r.Code == StatusCode.OK));
            Assert.DoesNotContain(all, r => r.Code is StatusCode.Internal or StatusCode.Unknown);
        }

        [Fact]
        public async Task Health_answers_while_the_service_is_at_its_cap()
        {
            var suite = host.Suite;
            await using var lockHolder = await LockAsync(suite.Personnel.ConnectionString, "employees");
            var calls = Enumerable.Range(0, Flood).Select(_ => Outcome(suite.PersonnelClient.SearchEmployeesAsync(
                new SearchEmployeesRequest(), SuiteHost.As(Roles.Hr)).ResponseAsync)).ToList();
            await Completed(calls, Flood - SmallCapHost.Running - SmallCapHost.Queued);

            var refusal = await Record.ExceptionAsync(async () =>
                await new Grpc.Health.V1.Health.HealthClient(suite.Personnel.Channel).CheckAsync(new Grpc.Health.V1.HealthCheckRequest()));

            await lockHolder.CommitAsync();
            await Task.WhenAll(calls);
            Assert.Null(refusal);
        }
    }

    public sealed class Pool(SmallPoolHost host) : IClassFixture<SmallPoolHost>
    {
        [Fact]
        public async Task Calls_that_find_no_free_database_connection_are_unavailable_with_retry_info_not_internal()
        {
            var suite = host.Suite;
            await using var lockHolder = await LockAsync(suite.Personnel.ConnectionString, "employees");

            var calls = Enumerable.Range(0, 6).Select(_ => Outcome(suite.PersonnelClient.SearchEmployeesAsync(
                new SearchEmployeesRequest(), SuiteHost.As(Roles.Hr)).ResponseAsync)).ToList();
            // At most 2 calls hold the pool's 2 connections, blocked on the lock: the others wait 1 s for one and give up.
            var failed = await Completed(calls, 4);
            await lockHolder.CommitAsync();
            var all = await Task.WhenAll(calls);

            Assert.All(failed, r => AssertRetryable(r, StatusCode.Unavailable));
            Assert.All(all, r => Assert.Contains(r.Code, new[] { StatusCode.OK, StatusCode.Unavailable }));
            Assert.Contains("database", failed[0].Detail);
        }
    }

    internal sealed record Answer(StatusCode Code, string Detail, RetryInfo? Retry);

    internal static async Task<Answer> Outcome<T>(Task<T> call)
    {
        try
        {
            await call;
            return new Answer(StatusCode.OK, "", null);
        }
        catch (RpcException ex)
        {
            return new Answer(ex.StatusCode, ex.Status.Detail, ex.GetRpcStatus()?.GetDetail<RetryInfo>());
        }
    }

    internal static void AssertRetryable(Answer answer, StatusCode code)
    {
        Assert.Equal(code, answer.Code);
        Assert.NotNull(answer.Retry);
        Assert.True(answer.Retry!.RetryDelay.ToTimeSpan() > TimeSpan.Zero);
        Assert.Contains("Retry after", answer.Detail);
    }

    /// <summary>Waits until <paramref name="count"/> calls have been answered, and returns those answers.</summary>
    internal static async Task<Answer[]> Completed(List<Task<Answer>> calls, int count)
    {
        await Eventually.True(() => Task.FromResult(calls.Count(c => c.IsCompleted) >= count), $"{count} calls to be answered");
        return calls.Where(c => c.IsCompleted).Select(c => c.Result).ToArray();
    }

    /// <summary>Takes an exclusive lock on a table of a service's database, held until released.</summary>
    internal static async Task<TableLock> LockAsync(string connectionString, string table)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand($"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE", connection, transaction))
            await command.ExecuteNonQueryAsync();
        return new TableLock(connection, transaction);
    }

    internal sealed class TableLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public Task CommitAsync() => transaction.CommitAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
