using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>
/// The Node.js HR subscriber in clients/node-hr-subscriber, run as a child process against a test's RabbitMQ
/// virtual host: what an HR app in another language receives. Its stdout is one JSON line per event; its stderr
/// says when its queue is bound and which duplicates it skipped.
/// </summary>
public sealed class NodeHrSubscriber : IAsyncDisposable
{
    private static readonly SemaphoreSlim Install = new(1, 1);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private NodeHrSubscriber(Process process, string queue)
    {
        _process = process;
        Queue = queue;
    }

    public string Queue { get; }

    /// <summary>The events printed so far, one JSON object each.</summary>
    public IReadOnlyList<JsonObject> Printed =>
        _stdout.Select(line => JsonNode.Parse(line)!.AsObject()).ToList();

    public IReadOnlyCollection<string> StatusLines => _stderr;

    /// <summary>Everything it wrote, for a failure message.</summary>
    public string Transcript =>
        $"stdout:\n{string.Join('\n', _stdout)}\nstderr:\n{string.Join('\n', _stderr)}";

    public static string ClientDirectory { get; } = Path.Combine(RepositoryRoot(), "clients", "node-hr-subscriber");

    /// <summary>Starts the subscriber on the virtual host and waits until its queue is bound to the exchanges.</summary>
    public static async Task<NodeHrSubscriber> StartAsync(string virtualHost, string queue)
    {
        await EnsureInstalledAsync();
        var start = new ProcessStartInfo("node", ["index.js"])
        {
            WorkingDirectory = ClientDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var url = $"amqp://{Uri.EscapeDataString(TestInfrastructure.RabbitUser)}:{Uri.EscapeDataString(TestInfrastructure.RabbitPassword)}"
                  + $"@{TestInfrastructure.RabbitHost}:{TestInfrastructure.RabbitPort}";
        start.Environment["DISIPLIN_AMQP_URL"] = url;
        start.Environment["DISIPLIN_AMQP_VHOST"] = virtualHost;
        start.Environment["DISIPLIN_QUEUE"] = queue;
        // A safety net: the process ends by itself even if this test host dies before killing it.
        start.Environment["DISIPLIN_TIMEOUT_SECONDS"] = "600";

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var subscriber = new NodeHrSubscriber(process, queue);
        process.OutputDataReceived += (_, e) => { if (!string.IsNullOrWhiteSpace(e.Data)) subscriber._stdout.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) subscriber._stderr.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Eventually.True(() =>
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"the Node subscriber exited with {process.ExitCode}.\n{subscriber.Transcript}");
                return Task.FromResult(subscriber._stderr.Any(l => l.Contains("] ready: queue")));
            }, "the Node subscriber to bind its queue");
        }
        catch
        {
            await subscriber.DisposeAsync();
            throw;
        }
        return subscriber;
    }

    /// <summary>Waits for a printed event that matches.</summary>
    public Task<JsonObject> EventAsync(Func<JsonObject, bool> match, string what) =>
        Eventually.Get(() => Task.FromResult(Printed.FirstOrDefault(match)), $"the Node subscriber to print {what}");

    /// <summary>Node.js must be there (CI has it); <c>npm ci</c> installs the pinned amqplib once if it is not.</summary>
    private static async Task EnsureInstalledAsync()
    {
        await Install.WaitAsync();
        try
        {
            var (code, output) = await RunAsync("node", "--version");
            if (code != 0)
                throw new InvalidOperationException(
                    "Node.js is needed for the Node HR subscriber test but 'node --version' failed; install Node.js 18 or later "
                    + $"with npm (e.g. 'apt-get install -y nodejs npm').\n{output}");
            if (File.Exists(Path.Combine(ClientDirectory, "node_modules", "amqplib", "package.json"))) return;
            (code, output) = await RunAsync("npm", "ci --no-audit --no-fund");
            if (code != 0)
                throw new InvalidOperationException($"'npm ci' in {ClientDirectory} failed with {code}:\n{output}");
        }
        finally
        {
            Install.Release();
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = ClientDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"{file} was not found on PATH: {ex.Message}");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{file} {arguments} did not finish in 5 minutes");
            }
            return (process.ExitCode, await stdout + await stderr);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Berau.Disiplin.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Berau.Disiplin.sln above {AppContext.BaseDirectory}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            // It had already exited, or did not die in time: nothing more to do from here.
        }
        finally
        {
            _process.Dispose();
        }
    }
}
