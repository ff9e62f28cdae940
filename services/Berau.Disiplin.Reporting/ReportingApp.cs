using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Reporting.Extensions;
using Berau.Disiplin.Reporting.Persistence;

namespace Berau.Disiplin.Reporting;

/// <summary>The Reporting service, composed. Tests build it the same way, with their own settings.</summary>
public static class ReportingApp
{
    public static readonly ServiceDescription Description = new("reporting", GrpcPort: 5102, HttpPort: 5202);

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Description);
        builder.AddServiceDatabase<ReportingDbContext>();
        builder.AddMessaging<ReportingDbContext>(Description.Name);
        builder.AddApplicationServices();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapGrpcService<ReportingGrpcService>();
        return app;
    }
}
