using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Reporting.Extensions;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reporters;

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

    /// <summary>Reporting's own operator commands, beside <c>migrate</c> and <c>token</c>.</summary>
    public static IReadOnlyDictionary<string, Func<WebApplication, Task<int>>> Commands { get; } =
        new Dictionary<string, Func<WebApplication, Task<int>>>
        {
            // reencrypt: every stored reporter identity under the newest key of Reporting:ReporterKeys; idempotent.
            ["reencrypt"] = ReencryptReporterIdentities.RunCommandAsync,
        };
}
