using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Discipline.Calendar;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Policies;
using Berau.Disiplin.Hosting.Clients;

namespace Berau.Disiplin.Discipline.Extensions;

internal static class Extensions
{
    /// <summary>The Discipline service's own wiring.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DisciplineOptions>().BindConfiguration(DisciplineOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.AddServiceClient<PersonnelService.PersonnelServiceClient>(WorkingCalendar.PersonnelService, "http://127.0.0.1:5101");
        builder.Services.AddScoped<WorkingCalendar>();
        builder.Services.AddScoped<LetterNumbers>();
        builder.Services.AddScoped<PolicyStore>();
        builder.Services.AddScoped<CaseWorkflow>();
        builder.Services.AddSingleton<PendingWarnings>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PendingWarnings>());
        builder.Services.AddSingleton<SanctionFinalizer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SanctionFinalizer>());
        return builder;
    }
}
