using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Berau.Disiplin.Hosting.Persistence;

public static class DatabaseExtensions
{
    public const string ConnectionStringName = "Database";

    /// <summary>The password of the built-in development connection string (and of deploy/infra.env's user).</summary>
    public const string DevelopmentPassword = "disiplin";

    /// <summary>
    /// The default of <c>Database:MaxPoolSize</c>: three services of one instance each take at most 3 × 25 = 75 of
    /// PostgreSQL's default <c>max_connections</c> of 100, leaving room for superusers, migrations and psql
    /// (docs/security.md, Bounded work).
    /// </summary>
    public const int DefaultMaxPoolSize = 25;

    /// <summary>
    /// The service's own PostgreSQL database (connection string <c>ConnectionStrings:Database</c>), with its Npgsql
    /// pool sized by <c>Database:MaxPoolSize</c> (which overrides a <c>Maximum Pool Size</c> in the connection string).
    /// Outside Development and Testing it refuses the built-in development password.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder)
        where TDbContext : ServiceDbContext
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set.");
        var settings = new NpgsqlConnectionStringBuilder(configured)
        {
            MaxPoolSize = builder.Configuration.GetValue("Database:MaxPoolSize", DefaultMaxPoolSize),
        };
        // No password at all may be right (a passfile, certificates); the published one never is.
        if (InsecureConfiguration.IsGuarded(builder.Environment) && settings.Password == DevelopmentPassword)
            throw InsecureConfiguration.Refuse($"ConnectionStrings:{ConnectionStringName}",
                "uses the built-in development password (or is not set, so the built-in default applies): give the " +
                "service's database user a password of its own.");
        var connectionString = settings.ConnectionString;
        builder.Services.AddDbContext<TDbContext>((sp, options) =>
        {
            options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
                .UseSnakeCaseNamingConvention();
            // The aggregates' events become outbox rows first, so the commit signal sees them.
            options.AddInterceptors(sp.GetRequiredService<AggregateEventsInterceptor>());
            if (sp.GetService<OutboxCommitInterceptor>() is { } interceptor) options.AddInterceptors(interceptor);
        });
        builder.Services.TryAddSingleton<AggregateEventsInterceptor>();
        builder.Services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TDbContext>());
        builder.Services.AddSingleton<IServiceDatabase>(new ServiceDatabase<TDbContext>(connectionString));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDbContext>>("postgresql", tags: ["ready"]);
        return builder;
    }

    /// <summary>Host, port and database of a connection string, for messages to operators (never the password).</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL at {b.Host}:{b.Port} (database '{b.Database}', user '{b.Username}')";
    }
}

/// <summary>The service's database as start-up and the operator commands see it.</summary>
public interface IServiceDatabase
{
    string ConnectionString { get; }
    Task EnsureReachableAsync(CancellationToken cancellationToken);
    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}

internal sealed class ServiceDatabase<TDbContext>(string connectionString) : IServiceDatabase where TDbContext : DbContext
{
    public string ConnectionString => connectionString;

    public Task EnsureReachableAsync(CancellationToken cancellationToken) =>
        DatabaseSetup.EnsureReachableAsync(connectionString, cancellationToken);

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DatabaseSetup.MigrateAsync<TDbContext>(services, cancellationToken);
}

internal sealed class DatabaseHealthCheck<TDbContext>(TDbContext db) : IHealthCheck where TDbContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("PostgreSQL is not reachable");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable", ex);
        }
    }
}

/// <summary>
/// For <c>dotnet ef migrations add</c>: the model only, no server needed. Each service declares one line,
/// <c>internal sealed class Factory : DesignTimeDbContextFactory&lt;XDbContext&gt;;</c>.
/// </summary>
public abstract class DesignTimeDbContextFactory<TDbContext>(string database)
    : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<TDbContext> where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDbContext>()
            .UseNpgsql($"Host=127.0.0.1;Database={database}", o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention().Options;
        return (TDbContext)Activator.CreateInstance(typeof(TDbContext), options)!;
    }
}
