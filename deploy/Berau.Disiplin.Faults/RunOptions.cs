using System.Globalization;

namespace Berau.Disiplin.Faults;

/// <summary>The command line: the short form for CI, or the long one with longer outages.</summary>
internal sealed record RunOptions(bool Short, double Rate, TimeSpan Cut, TimeSpan Settle, TimeSpan Down, TimeSpan Warmup,
    TimeSpan Drain, bool Keep)
{
    public const string Usage =
        "usage: Berau.Disiplin.Faults [--short] [--rate FLOWS_PER_SECOND] [--cut SECONDS] [--keep]\n" +
        "  --short   CI's form: 30 s cuts, 5 flows/s (the default is 120 s cuts)\n" +
        "  --rate    flows started per second (default 5)\n" +
        "  --cut     how long each PostgreSQL and RabbitMQ outage lasts\n" +
        "  --keep    keep the run's databases and virtual host for a look afterwards";

    public static RunOptions Parse(string[] args)
    {
        var isShort = args.Contains("--short");
        var options = new RunOptions(isShort, Rate: 5, Cut: TimeSpan.FromSeconds(isShort ? 30 : 120),
            Settle: TimeSpan.FromSeconds(isShort ? 5 : 15), Down: TimeSpan.FromSeconds(isShort ? 3 : 10),
            Warmup: TimeSpan.FromSeconds(10), Drain: TimeSpan.FromSeconds(180), Keep: args.Contains("--keep"));
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--short" or "--keep": break;
                case "--rate": options = options with { Rate = Positive(Next(), "--rate") }; break;
                case "--cut": options = options with { Cut = TimeSpan.FromSeconds(Positive(Next(), "--cut")) }; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }
        return options;
    }

    /// <summary>The repository's root: the folder above this binary holding Berau.Disiplin.sln.</summary>
    public static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Berau.Disiplin.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Berau.Disiplin.sln not found above " + AppContext.BaseDirectory);
    }

    private static double Positive(string value, string name) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0
            ? d : throw new ArgumentException($"{name} must be a positive number");
}

/// <summary>Loopback ports, never the same one twice in a run.</summary>
internal static class Ports
{
    private static readonly HashSet<int> HandedOut = [];

    public static int Free()
    {
        while (true)
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            lock (HandedOut)
                if (HandedOut.Add(port)) return port;
        }
    }
}
