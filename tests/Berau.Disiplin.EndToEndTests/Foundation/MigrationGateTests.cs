using System.Diagnostics;
using Berau.Disiplin.EndToEndTests.Infrastructure;

namespace Berau.Disiplin.EndToEndTests.Foundation;

/// <summary>
/// As Kubernetes runs it: the Deployment has Database__MigrateOnStartup=false and a Job runs the binary's migrate
/// command. A pod that starts before the Job is done refuses (and is restarted), rather than serve against missing tables.
/// </summary>
public sealed class MigrationGateTests
{
    [Fact]
    public async Task Without_migrate_on_startup_the_service_refuses_an_unmigrated_database_and_starts_once_migrate_has_run()
    {
        var database = await TestInfrastructure.CreateDatabaseAsync("gate");
        try
        {
            var http = TestInfrastructure.FreePort();
            string[] settings =
            [
                "--environment=Testing",
                $"--ConnectionStrings:Database={TestInfrastructure.ConnectionString(database)}",
                "--Database:MigrateOnStartup=false",
                $"--Auth:SigningKey={TestInfrastructure.SigningKey}",
                $"--RabbitMq:Port={TestInfrastructure.FreePort()}",
                $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{TestInfrastructure.FreePort()}",
                $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{http}",
            ];

            var refused = await RunToEndAsync(settings);
            Assert.Equal(3, refused.ExitCode);
            Assert.Contains("lacks the migrations", refused.Error);
            Assert.Contains("'migrate'", refused.Error);

            var migrated = await RunToEndAsync(["migrate", .. settings]);
            Assert.Equal(0, migrated.ExitCode);

            using var service = Start(settings);
            _ = service.StandardOutput.ReadToEndAsync();
            _ = service.StandardError.ReadToEndAsync();
            try
            {
                using var client = new HttpClient();
                await Eventually.True(async () =>
                {
                    Assert.False(service.HasExited, "the service stopped although the database is migrated");
                    return (await client.GetAsync($"http://127.0.0.1:{http}/health/live")).IsSuccessStatusCode;
                }, "the service to start on the migrated database");
            }
            finally
            {
                service.Kill(entireProcessTree: true);
                await service.WaitForExitAsync();
            }
        }
        finally
        {
            await TestInfrastructure.DropDatabaseAsync(database);
        }
    }

    private static Process Start(string[] arguments) => Process.Start(new ProcessStartInfo("dotnet",
        [Path.Combine(AppContext.BaseDirectory, "Berau.Disiplin.Personnel.dll"), .. arguments])
    {
        RedirectStandardError = true,
        RedirectStandardOutput = true,
    })!;

    private static async Task<(int ExitCode, string Error)> RunToEndAsync(string[] arguments)
    {
        using var process = Start(arguments);
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{string.Join(' ', arguments.Take(1))}' kept running.");
        }
        return (process.ExitCode, await stderr);
    }
}
