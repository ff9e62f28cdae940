using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Hosting.Limits;
using Berau.Disiplin.Reporting.Duplicates;
using Berau.Disiplin.Reporting.Overdue;
using Berau.Disiplin.Reporting.Reporters;
using Berau.Disiplin.Reporting.Reports;
using Berau.Disiplin.Reporting.Triage;
using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Extensions;

internal static class Extensions
{
    /// <summary>The Reporting service's own wiring.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        // Outside Development and Testing a missing or published reporter key refuses to start (exit 4), before anything runs.
        ReporterKeyValidation.RefuseInsecure(
            builder.Configuration.GetSection(ReportingOptions.Section).Get<ReportingOptions>() ?? new ReportingOptions(),
            builder.Environment);
        builder.Services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.AddPersonnelClient();
        // The public intake: one portal token or one address cannot flood the reports table or guess tracking codes
        // at speed. Defaults below configuration (RateLimits:Methods:<Rpc>:PerCaller, PerAddress, Window).
        builder.AddRateLimits(
            ("SubmitReport", PerCaller: 30, PerAddress: 60, Window: TimeSpan.FromMinutes(1)),
            ("GetReportStatus", PerCaller: 60, PerAddress: 120, Window: TimeSpan.FromMinutes(1)));
        builder.Services.AddSingleton<IValidateOptions<ReportingOptions>, ReporterKeyValidation>();
        builder.Services.AddSingleton(sp => new ReporterProtector(ReporterKeyRing.From(sp.GetRequiredService<IOptions<ReportingOptions>>().Value)));
        // A request stays inside gRPC's default 4 MiB message limit, as docs/reporting.md promises: the attachments' total
        // (Reporting:MaxAttachmentsTotalBytes) is checked inside it.
        builder.Services.AddUseCaseHandlers(typeof(ReportingApp).Assembly);
        builder.Services.AddScoped<ReportViews>();
        builder.Services.AddScoped<ReportTriage>();
        builder.Services.AddScoped<DuplicateDetector>();
        builder.Services.AddSingleton<TriageRetryWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TriageRetryWorker>());
        builder.Services.AddSingleton<OverdueScanner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OverdueScanner>());
        builder.Services.AddSingleton<SubmitRequestCleanup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SubmitRequestCleanup>());
        return builder;
    }
}
