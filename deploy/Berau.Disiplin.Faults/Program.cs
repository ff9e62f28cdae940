using System.Globalization;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Faults;
using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;
using Grpc.Net.Client;

// The fault harness (docs/reliability.md). Starts the three services as processes on throw-away databases and a
// throw-away RabbitMQ virtual host, each reaching PostgreSQL and RabbitMQ through a loopback TCP proxy; drives a steady
// flow of reports submitted and confirmed (each ending in Discipline's CaseOpened); cuts and restores each service's
// PostgreSQL and then RabbitMQ, kills (SIGKILL) and restarts each service; then accounts for every flow. Exit code 1
// when anything was lost, duplicated, dead-lettered or answered INTERNAL; 2 for bad arguments.
//   bash deploy/faults/run.sh [--short] [--rate 5] [--cut 30] [--keep]

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

RunOptions options;
try
{
    options = RunOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(RunOptions.Usage);
    return 2;
}

var root = RunOptions.FindRoot();
var infra = new Infrastructure(root);
var run = $"f{DateTime.UtcNow:MMddHHmm}{Guid.NewGuid().ToString("N")[..6]}";
var logs = Path.Combine(root, ".run", "faults", run);
Directory.CreateDirectory(logs);
string[] names = ["personnel", "reporting", "discipline"];
var databases = names.ToDictionary(n => n, n => $"{run}_{n}");
var proxies = new List<TcpProxy>();
var services = new Dictionary<string, ServiceProcess>();
var links = new Dictionary<string, (TcpProxy Database, TcpProxy Broker)>();
Console.WriteLine($"Fault run {run} ({(options.Short ? "short" : "long")}): {options.Rate} flows/s, cuts of {options.Cut.TotalSeconds:0} s, logs in {logs}");

try
{
    foreach (var database in databases.Values) await infra.CreateDatabaseAsync(database);
    await infra.CreateVirtualHostAsync(run, names);

    var grpcPorts = names.ToDictionary(n => n, _ => FreePort());
    foreach (var name in names)
    {
        var pg = new TcpProxy(infra.PgHost, infra.PgPort, FreePort());
        var mq = new TcpProxy(infra.RabbitHost, infra.RabbitPort, FreePort());
        proxies.AddRange([pg, mq]);
        var http = FreePort();
        var (user, password) = infra.BrokerUser(name);
        var service = char.ToUpperInvariant(name[0]) + name[1..];
        var dll = Path.Combine(root, "services", $"Berau.Disiplin.{service}", "bin", "Release", "net10.0", $"Berau.Disiplin.{service}.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"{dll} is missing: build first (dotnet build Berau.Disiplin.sln -c Release).");
        services[name] = new ServiceProcess(name, dll,
        [
            "--environment=Development",
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpcPorts[name]}",
            $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{http}",
            $"--ConnectionStrings:Database={infra.ConnectionString(databases[name], pg.Port)}",
            "--Database:MaxPoolSize=10",
            "--RabbitMq:Host=127.0.0.1",
            $"--RabbitMq:Port={mq.Port}",
            $"--RabbitMq:VirtualHost={run}",
            $"--RabbitMq:Username={user}",
            $"--RabbitMq:Password={password}",
            "--RabbitMq:QuorumQueues=true",
            $"--Services:Personnel:Url=http://127.0.0.1:{grpcPorts["personnel"]}",
            // One portal submits far more than a real one may: the harness is not testing the rate limits.
            "--RateLimits:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        ], Path.Combine(logs, $"{name}.log"), grpcPorts[name], http);
        links[name] = (pg, mq);
    }
    await Task.WhenAll(services.Values.Select(s => s.StartAsync(TimeSpan.FromSeconds(120))));
    Console.WriteLine($"Started: {string.Join(", ", services.Values.Select(s => $"{s.Name} gRPC {s.GrpcPort}"))}");

    var auth = new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey };
    Metadata Token(string[] roles) =>
        new() { { "Authorization", $"Bearer {DevTokens.Mint(auth, "fault-harness", roles, TimeSpan.FromHours(4))}" } };
    using var personnelChannel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPorts["personnel"]}");
    using var reportingChannel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPorts["reporting"]}");
    var personnel = new PersonnelService.PersonnelServiceClient(personnelChannel);

    // One employee a flow: every flow is its own case, whatever the policy does with repeats.
    var schedule = new Schedule(options);
    var employees = await Cast.RegisterAsync(personnel, Token(["hr"]), (int)Math.Ceiling(options.Rate * schedule.FlowSeconds * 1.1) + 10);
    Console.WriteLine($"Registered {employees.Count} employees.");

    await using var events = await EventLog.SubscribeAsync(infra, run);
    var driver = new FlowDriver(new ReportingService.ReportingServiceClient(reportingChannel), Token, Cast.LastTuesdayMorning());
    var flows = new List<Flow>();
    var running = new List<Task>();
    var memory = new Dictionary<string, double?>();

    var giveUpAt = DateTime.UtcNow + schedule.Total + options.Drain;
    using var stopFlows = new CancellationTokenSource();
    var generator = Task.Run(async () =>
    {
        var interval = TimeSpan.FromSeconds(1 / options.Rate);
        var next = DateTime.UtcNow;
        while (!stopFlows.IsCancellationRequested && flows.Count < employees.Count)
        {
            var flow = new Flow(flows.Count + 1, employees[flows.Count]);
            flows.Add(flow);
            running.Add(driver.RunAsync(flow, giveUpAt));
            next += interval;
            var wait = next - DateTime.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, CancellationToken.None);
        }
    });

    var phases = await schedule.RunAsync(driver, services, links);
    await stopFlows.CancelAsync();
    await generator;
    foreach (var (name, service) in services) memory[name] = service.WorkingSetMiB();
    Console.WriteLine($"Flows stopped at {flows.Count}; waiting for the last ones and the events (up to {options.Drain.TotalSeconds:0} s).");
    await Task.WhenAll(running);

    var accounting = await Accounting.CollectAsync(infra, run, databases, flows, events, options.Drain);
    var passed = RunReport.Print(options, phases, driver, accounting, memory);
    return passed ? 0 : 1;
}
catch (Exception ex) when (ex is InvalidOperationException or FileNotFoundException or TimeoutException or Npgsql.NpgsqlException
                               or HttpRequestException or RpcException or IOException or RabbitMQ.Client.Exceptions.BrokerUnreachableException)
{
    Console.Error.WriteLine($"The fault run could not run: {ex.Message}");
    return 3;
}
finally
{
    foreach (var service in services.Values) await service.DisposeAsync();
    foreach (var proxy in proxies) await proxy.DisposeAsync();
    if (!options.Keep)
    {
        foreach (var database in databases.Values) await infra.DropDatabaseAsync(database);
        await infra.DeleteVirtualHostAsync(run);
    }
}

static int FreePort() => Ports.Free();
