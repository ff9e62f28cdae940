using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Decisions;
using Berau.Disiplin.Discipline.Documents;
using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Letters;

namespace Berau.Disiplin.Discipline.Extensions;

internal static class Extensions
{
    /// <summary>The Discipline service's own wiring: its use cases, the stores and services they share, its periodic work.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DisciplineOptions>().BindConfiguration(DisciplineOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => LetterNumbers.Problem(o.Letters.SummonsPattern) is null
                           && LetterNumbers.Problem(o.Letters.ExaminationPattern) is null
                           && LetterNumbers.Problem(o.Letters.DecisionPattern) is null,
                "Discipline:Letters patterns must contain {seq}, may use {seq}, {year} and {unit}, and never {code}")
            .ValidateOnStart();
        builder.AddPersonnelClient();
        builder.Services.AddUseCaseHandlers(typeof(DisciplineApp).Assembly);
        builder.Services.AddScoped<CaseStore>();
        builder.Services.AddScoped<PolicyStore>();
        builder.Services.AddScoped<LetterNumbers>();
        builder.Services.AddScoped<SanctionDeadlines>();
        builder.Services.AddScoped<SanctionIssuer>();
        builder.Services.AddScoped<CaseLetters>();
        builder.Services.AddSingleton(new LetterRenderer());
        builder.Services.AddScoped<OrganisationChart>();
        builder.Services.AddScoped<AtasanFinder>();
        builder.Services.AddScoped<TransferAuthority>();
        builder.Services.AddSingleton<WaitingForAtasan>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WaitingForAtasan>());
        builder.Services.AddSingleton<SummonsWatch>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SummonsWatch>());
        builder.Services.AddSingleton<SanctionFinalizer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SanctionFinalizer>());
        builder.Services.AddSingleton<ClockWatch>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClockWatch>());
        return builder;
    }
}
