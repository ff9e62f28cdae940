using System.Text.Json;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Hosting.Errors;
using Berau.Disiplin.Hosting.Inputs;
using Berau.Disiplin.Hosting.Limits;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Hosting.Security;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Hosting.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.Hosting;

/// <summary>What one service is: its name, ports and default database.</summary>
/// <param name="Name">Short lower-case name: personnel, reporting, discipline.</param>
/// <param name="GrpcPort">The h2c port of its gRPC API.</param>
/// <param name="HttpPort">The HTTP/1.1 port of its health endpoints.</param>
public sealed record ServiceDescription(string Name, int GrpcPort, int HttpPort)
{
    public string DatabaseName => $"disiplin_{Name}";
    public string OtelServiceName => $"berau-disiplin-{Name}";
}

public static class ServiceDefaults
{
    /// <summary>
    /// The cross-cutting set-up every service shares: defaults for its ports and database, gRPC with the one error
    /// mapping, health, reflection, JWT bearer authentication, OpenTelemetry and a <see cref="TimeProvider"/>.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, ServiceDescription service)
    {
        // Built-in defaults sit below appsettings, environment variables and the command line.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = DefaultsFor(service) });
        builder.Services.AddSingleton(service);
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Outermost first: every refusal below becomes its gRPC status; rate limits before the concurrency cap, so a
        // caller over its limit never waits for a slot; the input rule (Inputs/InputRules.cs) before any handler.
        builder.Services.AddGrpc(o =>
        {
            o.Interceptors.Add<ErrorMappingInterceptor>();
            o.Interceptors.Add<RateLimitInterceptor>();
            o.Interceptors.Add<InputRulesInterceptor>();
            o.Interceptors.Add<ConcurrencyLimitInterceptor>();
            o.EnableDetailedErrors = false;
        });
        builder.Services.AddOptions<CallLimitsOptions>().BindConfiguration(CallLimitsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddSingleton<CallConcurrency>();
        builder.Services.AddSingleton<CallRateLimits>();
        builder.Services.AddGrpcReflection();
        builder.Services.AddHealthChecks();
        builder.Services.AddGrpcHealthChecks(o =>
            o.Services.Map("", r => r.Tags.Contains("ready")));

        builder.AddBearerAuth();
        builder.AddTelemetry(service);
        return builder;
    }

    /// <summary>
    /// Maps health (gRPC and HTTP) and, where enabled, reflection; everything else needs a bearer token. Reflection is
    /// on and anonymous in Development and Testing; elsewhere it is off unless <c>Grpc:EnableReflection=true</c>, and
    /// then it too needs a bearer token.
    /// </summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        if (ReflectionEnabled(app.Configuration, app.Environment))
        {
            var reflection = app.MapGrpcReflectionService();
            if (!InsecureConfiguration.IsGuarded(app.Environment)) reflection.AllowAnonymous();
        }
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        { Predicate = r => r.Tags.Contains("ready"), ResponseWriter = WriteJson }).AllowAnonymous();
        return app;
    }

    /// <summary><c>Grpc:EnableReflection</c>, by default on in Development and Testing only.</summary>
    public static bool ReflectionEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Grpc:EnableReflection") ?? !InsecureConfiguration.IsGuarded(environment);

    private static Dictionary<string, string?> DefaultsFor(ServiceDescription service) => new()
    {
        ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{service.GrpcPort}",
        ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
        ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{service.HttpPort}",
        ["Kestrel:Endpoints:Http:Protocols"] = "Http1",
        ["ConnectionStrings:Database"] =
            $"Host=127.0.0.1;Port=5432;Database={service.DatabaseName};Username=disiplin;Password={DatabaseExtensions.DevelopmentPassword}",
        ["Database:MigrateOnStartup"] = "true",
        // Room for a too-large token to reach the bearer handler, which refuses one over 8 KiB with a reason
        // (UNAUTHENTICATED) rather than an HTTP/2 stream reset the client sees as INTERNAL.
        ["Kestrel:Limits:MaxRequestHeadersTotalSize"] = "65536",
        ["Kestrel:Limits:Http2:MaxRequestHeaderFieldSize"] = "65536",
        // The service's own least-privilege broker user, as deploy/infra.env and deploy/infra.sh set it up.
        ["RabbitMq:Username"] = $"disiplin-{service.Name}",
        ["RabbitMq:Password"] = $"disiplin-{service.Name}",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        // Calls between services are traced; eight log lines per call add nothing.
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        // Every relay poll is a command: log commands only when they fail.
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Warning",
    };

    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.Message,
            }),
        }));
    }
}
