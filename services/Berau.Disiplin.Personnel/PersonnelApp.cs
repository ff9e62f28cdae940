using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Extensions;
using Berau.Disiplin.Personnel.Persistence;

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
        builder.AddMessaging<PersonnelDbContext>(Description.Name);
        builder.AddApplicationServices();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapGrpcService<PersonnelGrpcService>();
        return app;
    }
}
