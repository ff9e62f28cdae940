using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Reporting.Duplicates;
using Berau.Disiplin.Reporting.Overdue;
using Berau.Disiplin.Reporting.Reporters;
using Berau.Disiplin.Reporting.Triage;

namespace Berau.Disiplin.Reporting.Extensions;

internal static class Extensions
{
    /// <summary>The Reporting service's own wiring.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.AddServiceClient<PersonnelService.PersonnelServiceClient>(ReportTriage.PersonnelService, "http://127.0.0.1:5101");
        builder.Services.AddSingleton<ReporterProtector>();
        builder.Services.AddScoped<ReportTriage>();
        builder.Services.AddScoped<DuplicateDetector>();
        builder.Services.AddSingleton<TriageRetryWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TriageRetryWorker>());
        builder.Services.AddSingleton<OverdueScanner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OverdueScanner>());
        return builder;
    }
}
