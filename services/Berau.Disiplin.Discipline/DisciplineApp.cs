using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Extensions;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Letters.Fonts;
using MassTransit;

namespace Berau.Disiplin.Discipline;

/// <summary>The Discipline service, composed. Tests build it the same way, with their own settings.</summary>
public static class DisciplineApp
{
    public static readonly ServiceDescription Description = new("discipline", GrpcPort: 5103, HttpPort: 5203);

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The letters' embedded fonts, registered once for the process before any letter is rendered (docs/letters.md).
        LetterFonts.EnsureRegistered();
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Description);
        builder.AddServiceDatabase<DisciplineDbContext>();
        builder.AddMessaging<DisciplineDbContext>(Description.Name,
            x => x.AddConsumersFromNamespaceContaining<ReportConfirmedConsumer>());
        builder.AddApplicationServices();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapGrpcService<DisciplineGrpcService>();
        return app;
    }
}
