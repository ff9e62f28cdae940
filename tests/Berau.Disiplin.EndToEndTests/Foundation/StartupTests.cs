using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Grpc.Health.V1;

namespace Berau.Disiplin.EndToEndTests.Foundation;

[Collection(SuiteCollection.Name)]
public sealed class StartupTests(SuiteHost suite)
{
    [Fact]
    public async Task All_three_services_start_and_report_ready_over_http_and_grpc()
    {
        foreach (var service in new[] { suite.Personnel, suite.Reporting, suite.Discipline })
        {
            var live = await service.Http.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);

            // Ready needs PostgreSQL and the RabbitMQ bus; the bus connects in the background after start.
            var ready = await Eventually.Get(async () =>
            {
                var response = await service.Http.GetAsync("/health/ready");
                return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
            }, $"{service.Name} to be ready");
            using var json = JsonDocument.Parse(ready);
            Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
            var checks = json.RootElement.GetProperty("checks");
            Assert.Equal("Healthy", checks.GetProperty("postgresql").GetProperty("status").GetString());
            Assert.Equal("Healthy", checks.GetProperty("masstransit-bus").GetProperty("status").GetString());

            var grpcHealth = await new Health.HealthClient(service.Channel).CheckAsync(new HealthCheckRequest());
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, grpcHealth.Status);
        }
    }
}

public sealed class StartupFailureTests
{
    [Fact]
    public async Task Service_started_while_PostgreSQL_is_unreachable_fails_fast_naming_the_server_and_how_to_start_it()
    {
        var closedPort = TestInfrastructure.FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "Berau.Disiplin.Personnel.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ConnectionStrings__Database"] = $"Host=127.0.0.1;Port={closedPort};Database=disiplin_personnel;Username=disiplin;Password=not-the-default",
                ["Auth__SigningKey"] = TestInfrastructure.SigningKey,
                ["RabbitMq__Password"] = "not-the-default-either",
                ["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{TestInfrastructure.FreePort()}",
                ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{TestInfrastructure.FreePort()}",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The service kept running although PostgreSQL is unreachable.");
        }

        var error = await stderr;
        Assert.Equal(3, process.ExitCode);
        Assert.Contains($"PostgreSQL at 127.0.0.1:{closedPort}", error);
        Assert.Contains("database 'disiplin_personnel'", error);
        Assert.Contains("bash deploy/infra.sh up", error);
        Assert.DoesNotContain("Password", error + await stdout);
    }

    private static readonly string StrongKey = TestInfrastructure.SigningKey;
    private const string SecretDatabase = "Host=127.0.0.1;Port=5432;Database=disiplin_x;Username=disiplin;Password=a-secret";

    public static TheoryData<string, string, string[]> DevelopmentSecrets => new()
    {
        { "Personnel", "Auth:SigningKey", [$"Auth__SigningKey={Berau.Disiplin.Hosting.Auth.AuthOptions.DevelopmentSigningKey}"] },
        { "Personnel", "Auth:SigningKey", ["Auth__SigningKey=short-key"] },
        { "Discipline", "Auth:Authority", [] },
        { "Personnel", "ConnectionStrings:Database", [$"Auth__SigningKey={StrongKey}"] },
        { "Discipline", "ConnectionStrings:Database",
            [$"Auth__SigningKey={StrongKey}", "ConnectionStrings__Database=Host=db;Database=disiplin_discipline;Username=disiplin;Password=disiplin"] },
        { "Personnel", "RabbitMq:Password", [$"Auth__SigningKey={StrongKey}", $"ConnectionStrings__Database={SecretDatabase}"] },
        { "Discipline", "RabbitMq:Username",
            [$"Auth__SigningKey={StrongKey}", $"ConnectionStrings__Database={SecretDatabase}", "RabbitMq__Username=guest", "RabbitMq__Password=guest"] },
        { "Reporting", "Reporting:ReporterKeys",
            [$"Auth__SigningKey={StrongKey}", $"ConnectionStrings__Database={SecretDatabase}", "RabbitMq__Password=a-secret"] },
        { "Reporting", "Reporting:ReporterKeys",
            [$"Auth__SigningKey={StrongKey}", $"ConnectionStrings__Database={SecretDatabase}", "RabbitMq__Password=a-secret",
             "Reporting__ReporterKeys__0__Id=dev", $"Reporting__ReporterKeys__0__Key={Berau.Disiplin.Reporting.Reporters.ReporterKeyRing.DevelopmentKey}"] },
    };

    [Theory]
    [MemberData(nameof(DevelopmentSecrets))]
    public async Task Production_refuses_a_development_secret_with_one_line_naming_the_setting_and_exit_code_4(
        string service, string setting, string[] environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, $"Berau.Disiplin.{service}.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{TestInfrastructure.FreePort()}",
                ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{TestInfrastructure.FreePort()}",
            },
        };
        foreach (var pair in environment.Select(e => e.Split('=', 2))) start.Environment[pair[0]] = pair[1];
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{service} started in Production although {setting} holds a development secret.");
        }

        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(Berau.Disiplin.Hosting.ServiceHost.ExitInsecureConfiguration, process.ExitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith($"Cannot start: {setting} ", line);
        Assert.DoesNotContain("Exception", line);
        Assert.Equal("", (await stdout).Trim());
    }
}
