using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>A host with nothing but the shared messaging: the probe's database, outbox, relay, inbox and consumer.</summary>
public sealed class ProbeHost : IAsyncLifetime
{
    public const string ConsumerQueue = "disiplin-probe-probe-happened";
    public const string ErrorQueue = ConsumerQueue + "_error";
    public const string SkippedQueue = ConsumerQueue + "_skipped";

    public string VirtualHost { get; private set; } = "";
    public string Database { get; private set; } = "";
    public IHost Host { get; private set; } = null!;
    /// <summary>The deliveries the probe's bus has finished with.</summary>
    public ReceiveLog Received { get; } = new();

    public async Task InitializeAsync()
    {
        VirtualHost = await TestInfrastructure.CreateVirtualHostAsync();
        Database = await TestInfrastructure.CreateDatabaseAsync("probe");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(
        [
            // A test host: the development passwords of the test infrastructure are allowed here (not in Production).
            "--environment=Testing",
            $"--ConnectionStrings:Database={TestInfrastructure.ConnectionString(Database)}",
            $"--RabbitMq:Host={TestInfrastructure.RabbitHost}",
            $"--RabbitMq:Port={TestInfrastructure.RabbitPort}",
            $"--RabbitMq:VirtualHost={VirtualHost}",
            $"--RabbitMq:Username={TestInfrastructure.RabbitUser}",
            $"--RabbitMq:Password={TestInfrastructure.RabbitPassword}",
            // Quick retries: a failing probe reaches _error in a second; a transient one is retried past this limit.
            "--RabbitMq:QuorumQueues=true",
            "--RabbitMq:RetryLimit=2",
            "--RabbitMq:RetryMinInterval=00:00:00.050",
            "--RabbitMq:RetryMaxInterval=00:00:00.200",
            "--RabbitMq:TransientRetryMaxInterval=00:00:00.200",
            "--Logging:LogLevel:Default=Warning",
        ]);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<ProbeDbContext>();
        builder.AddMessaging<ProbeDbContext>("probe", x => x.AddConsumer<ProbeHappenedConsumer>());
        Host = builder.Build();
        await using (var scope = Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Database.EnsureCreatedAsync();
        Host.Services.GetRequiredService<IBusControl>().ConnectReceiveObserver(Received);
        await Host.StartAsync();
        await Eventually.BusReady(Host.Services);
    }

    public AsyncServiceScope Scope() => Host.Services.CreateAsyncScope();

    public async Task<T> WithDb<T>(Func<ProbeDbContext, Task<T>> query)
    {
        await using var scope = Scope();
        return await query(scope.ServiceProvider.GetRequiredService<ProbeDbContext>());
    }

    public async Task DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await TestInfrastructure.DropDatabaseAsync(Database);
        await TestInfrastructure.DeleteVirtualHostAsync(VirtualHost);
    }
}
