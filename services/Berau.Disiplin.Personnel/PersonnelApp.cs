using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Extensions;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Seed;
using Berau.Disiplin.Personnel.Transfers;

namespace Berau.Disiplin.Personnel;

/// <summary>The Personnel service, composed. Tests build it the same way, with their own settings.</summary>
public static class PersonnelApp
{
    public static readonly ServiceDescription Description = new("personnel", GrpcPort: 5101, HttpPort: 5201);

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Description);
        builder.AddServiceDatabase<PersonnelDbContext>();
        builder.AddMessaging<PersonnelDbContext>(Description.Name, x => x.AddConsumer<TransferRequestedConsumer>());
        builder.AddApplicationServices();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapGrpcService<PersonnelGrpcService>();
        return app;
    }

    /// <summary>Personnel's own operator commands, beside <c>migrate</c> and <c>token</c>.</summary>
    public static IReadOnlyDictionary<string, Func<WebApplication, Task<int>>> Commands { get; } =
        new Dictionary<string, Func<WebApplication, Task<int>>>
        {
            // seed: the demo's units, cast, official TikTok account and holiday calendar; idempotent.
            ["seed"] = DemoSeeder.RunCommandAsync,
        };
}
