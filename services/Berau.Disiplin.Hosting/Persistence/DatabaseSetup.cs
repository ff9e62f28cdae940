using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Berau.Disiplin.Hosting.Persistence;

/// <summary>Raised at start-up when PostgreSQL (or another dependency the service cannot run without) is missing.</summary>
public sealed class InfrastructureUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

public static class DatabaseSetup
{
    public const string HowToStart =
        "Start it with 'bash deploy/infra.sh up' (native) or 'docker compose up -d postgres', " +
        "or point ConnectionStrings__Database at a running server.";

    /// <summary>Fails fast, naming host, port and database and how to start it, when the database cannot be reached.</summary>
    public static async Task EnsureReachableAsync(string connectionString, CancellationToken cancellationToken)
    {
        var where = DatabaseExtensions.Describe(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            throw new InfrastructureUnavailableException(
                $"{where}: the database does not exist. 'bash deploy/infra.sh up' creates it.", ex);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InvalidPassword
                                               or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            throw new InfrastructureUnavailableException(
                $"{where}: the server refused the login ({ex.MessageText}). Check ConnectionStrings__Database; " +
                "'bash deploy/infra.sh up' creates the user.", ex);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new InfrastructureUnavailableException(
                $"{where} is not reachable: {ex.GetBaseException().Message}. {HowToStart}", ex);
        }
    }

    /// <summary>
    /// With <c>Database:MigrateOnStartup=false</c> (Kubernetes, where a Job runs <c>migrate</c> before the new version
    /// rolls out): refuses to start, exit code 3, while this version's migrations are not applied, rather than serve
    /// and consume against tables that are not there yet. The pod is restarted and starts once the Job is done.
    /// </summary>
    public static async Task EnsureMigratedAsync<TDbContext>(IServiceProvider services, string connectionString,
        CancellationToken cancellationToken) where TDbContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var pending = (await scope.ServiceProvider.GetRequiredService<TDbContext>().Database
            .GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            throw new InfrastructureUnavailableException(
                $"{DatabaseExtensions.Describe(connectionString)} lacks the migrations {string.Join(", ", pending)}: run the " +
                "service's 'migrate' command (the Kubernetes migration Job) first, or set Database__MigrateOnStartup=true.");
    }

    /// <summary>Applies pending EF Core migrations of the service's database.</summary>
    public static async Task MigrateAsync<TDbContext>(IServiceProvider services, CancellationToken cancellationToken)
        where TDbContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        // Create the history table first, so a fresh database does not log a failed query of it as an error.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
