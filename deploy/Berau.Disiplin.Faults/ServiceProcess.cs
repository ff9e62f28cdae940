using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Berau.Disiplin.Faults;

/// <summary>
/// One service of the suite as its own process (the built binary, as deploy/up.sh runs it), its PostgreSQL and its
/// RabbitMQ reached through proxies the harness cuts. <see cref="Kill"/> is a SIGKILL: nothing runs after it.
/// </summary>
internal sealed class ServiceProcess(string name, string dll, string[] arguments, string logPath, int grpcPort, int httpPort)
    : IAsyncDisposable
{
    private Process? _process;

    public string Name { get; } = name;
    public int GrpcPort { get; } = grpcPort;
    public int HttpPort { get; } = httpPort;

    public async Task StartAsync(TimeSpan limit)
    {
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start.");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        await log.WriteLineAsync($"==== {DateTimeOffset.Now:O} started {Name} (pid {_process.Id})");
        _ = CopyAsync(_process.StandardOutput, log);
        _ = CopyAsync(_process.StandardError, log);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting: see {logPath}.");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{HttpPort}/health/live")).IsSuccessStatusCode) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or SocketException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} did not answer /health/live within {limit}: see {logPath}.");
    }

    /// <summary>SIGKILL, as the kernel's OOM killer or a power cut would: no shutdown, no flush, no acknowledgement.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>The process's resident set (working set) in MiB, from /proc; null when it is not running.</summary>
    public double? WorkingSetMiB()
    {
        if (_process is not { HasExited: false } process) return null;
        var status = $"/proc/{process.Id}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null)
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        process.Refresh();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            // A clean stop first (SIGTERM), so the log ends properly; then no more waiting.
            Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }

    private static async Task CopyAsync(StreamReader from, StreamWriter to)
    {
        try
        {
            while (await from.ReadLineAsync() is { } line)
                lock (to) to.WriteLine(line);
        }
        catch (ObjectDisposedException)
        {
            // The process is gone.
        }
    }
}
