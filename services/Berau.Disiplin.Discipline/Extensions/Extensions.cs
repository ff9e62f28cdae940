using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Clients;

namespace Berau.Disiplin.Discipline.Extensions;

internal static class Extensions
{
    /// <summary>The Discipline service's own wiring: its use cases, the stores and services they share, its periodic work.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DisciplineOptions>().BindConfiguration(DisciplineOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.AddPersonnelClient();
        builder.Services.AddUseCaseHandlers(typeof(DisciplineApp).Assembly);
        builder.Services.AddScoped<CaseStore>();
        builder.Services.AddScoped<PolicyStore>();
        builder.Services.AddScoped<LetterNumbers>();
        builder.Services.AddScoped<SanctionDeadlines>();
        builder.Services.AddScoped<SanctionIssuer>();
        builder.Services.AddSingleton<PendingWarnings>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PendingWarnings>());
        builder.Services.AddSingleton<SanctionFinalizer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SanctionFinalizer>());
        return builder;
    }
}
