using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Decisions;
using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Organisation;
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
        builder.Services.AddScoped<OrganisationChart>();
        builder.Services.AddScoped<AtasanFinder>();
        builder.Services.AddScoped<TransferAuthority>();
        builder.Services.AddSingleton<WaitingForAtasan>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WaitingForAtasan>());
        builder.Services.AddSingleton<SummonsWatch>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SummonsWatch>());
        builder.Services.AddSingleton<SanctionFinalizer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SanctionFinalizer>());
        return builder;
    }
}
