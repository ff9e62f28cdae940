using Berau.Disiplin.EndToEndTests.Infrastructure;

namespace Berau.Disiplin.Faults;

/// <summary>One phase of the run as it happened.</summary>
internal sealed record PhaseResult(string Name, TimeSpan Duration);

/// <summary>
/// The faults, one after the other while the flow goes on: each service's PostgreSQL cut and restored, RabbitMQ cut
/// for every service at once and restored, then each service killed with SIGKILL and started again; each followed by a
/// short recovery.
/// </summary>
internal sealed class Schedule(RunOptions options)
{
    private static readonly string[] Services = ["reporting", "discipline", "personnel"];

    /// <summary>How long flows are started for: the whole schedule.</summary>
    public double FlowSeconds => Total.TotalSeconds;

    public TimeSpan Total => options.Warmup
                             + (options.Cut + options.Settle) * (Services.Length + 1)
                             + (options.Down + TimeSpan.FromSeconds(5) + options.Settle) * Services.Length;

    public async Task<IReadOnlyList<PhaseResult>> RunAsync(FlowDriver driver, IReadOnlyDictionary<string, ServiceProcess> services,
        IReadOnlyDictionary<string, (TcpProxy Database, TcpProxy Broker)> links)
    {
        var results = new List<PhaseResult>();
        async Task Phase(string name, Func<Task> body)
        {
            driver.Phase = name;
            Console.WriteLine($"{DateTime.Now:HH:mm:ss} {name}");
            var started = DateTime.UtcNow;
            await body();
            results.Add(new PhaseResult(name, DateTime.UtcNow - started));
        }

        await Phase("warm-up", () => Task.Delay(options.Warmup));
        foreach (var service in Services)
        {
            await Phase($"PostgreSQL cut: {service}", async () =>
            {
                links[service].Database.Cut();
                await Task.Delay(options.Cut);
                links[service].Database.Restore();
            });
            await Phase($"recovery after PostgreSQL {service}", () => Task.Delay(options.Settle));
        }
        await Phase("RabbitMQ cut: all services", async () =>
        {
            foreach (var link in links.Values) link.Broker.Cut();
            await Task.Delay(options.Cut);
            foreach (var link in links.Values) link.Broker.Restore();
        });
        await Phase("recovery after RabbitMQ", () => Task.Delay(options.Settle));
        foreach (var service in Services)
        {
            await Phase($"kill -9: {service}", async () =>
            {
                await services[service].KillAsync();
                await Task.Delay(options.Down);
                await services[service].StartAsync(TimeSpan.FromSeconds(120));
            });
            await Phase($"recovery after kill {service}", () => Task.Delay(options.Settle));
        }
        driver.Phase = "drain";
        return results;
    }
}
