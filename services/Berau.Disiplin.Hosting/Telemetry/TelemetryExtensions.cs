using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Berau.Disiplin.Hosting.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces and metrics for ASP.NET Core, the gRPC client, Npgsql, MassTransit and the outbox relay; exported by
    /// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (Jaeger, say), so one report is one trace.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder, ServiceDescription service)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(
                builder.Configuration["OTEL_SERVICE_NAME"] ?? service.OtelServiceName,
                serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithTracing(t => t
                .AddSource(MessagingTelemetry.Name)
                .AddSource("MassTransit")
                .AddAspNetCoreInstrumentation(o =>
                    o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health")
                                      && !ctx.Request.Path.StartsWithSegments("/grpc.health.v1.Health"))
                .AddGrpcClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(m => m
                .AddMeter(MessagingTelemetry.Name)
                .AddMeter("MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation())
            .WithLogging(configureBuilder: null, configureOptions: o =>
            {
                o.IncludeFormattedMessage = true;
                o.IncludeScopes = true;
            });

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            otel.UseOtlpExporter();
        return builder;
    }
}
