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

    public string VirtualHost { get; private set; } = "";
    public string Database { get; private set; } = "";
    public IHost Host { get; private set; } = null!;

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
            "--Logging:LogLevel:Default=Warning",
        ]);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<ProbeDbContext>();
        builder.AddMessaging<ProbeDbContext>("probe", x => x.AddConsumer<ProbeHappenedConsumer>());
        Host = builder.Build();
        await using (var scope = Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Database.EnsureCreatedAsync();
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
