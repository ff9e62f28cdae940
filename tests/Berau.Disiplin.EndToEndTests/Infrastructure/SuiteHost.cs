using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Discipline;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel;
using Berau.Disiplin.Reporting;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>
/// The three services started in-process against real PostgreSQL and RabbitMQ, each with a throw-away database,
/// all sharing a throw-away RabbitMQ virtual host, so test hosts never see each other's messages. With
/// <see cref="SuiteOptions.Instances"/> above one, each service runs that many times on its one database, as a scaled-out
/// deployment does.
/// </summary>
public sealed class SuiteHost : IAsyncLifetime
{
    private readonly SuiteOptions _options;
    private readonly List<TcpProxy> _proxies = [];

    public SuiteHost() : this(new SuiteOptions()) { }

    internal SuiteHost(SuiteOptions options) => _options = options;

    public string VirtualHost { get; private set; } = "";
    public ServiceUnderTest Personnel { get; private set; } = null!;
    public ServiceUnderTest Reporting { get; private set; } = null!;
    public ServiceUnderTest Discipline { get; private set; } = null!;
    /// <summary>Every running instance of each service, by name; the first is <see cref="Personnel"/> and so on.</summary>
    public Dictionary<string, List<ServiceUnderTest>> Instances { get; } = [];
    public Dictionary<string, TcpProxy> BrokerProxies { get; } = [];
    /// <summary>The proxies in front of PostgreSQL, by service, for those in <see cref="SuiteOptions.DatabaseThroughProxy"/>.</summary>
    public Dictionary<string, TcpProxy> DatabaseProxies { get; } = [];
    public TcpProxy? PersonnelProxy { get; private set; }
    /// <summary>Every log line the services wrote at or above <see cref="SuiteOptions.LogLevel"/>.</summary>
    public CapturedLogs Logs { get; } = new();

    public PersonnelService.PersonnelServiceClient PersonnelClient => new(Personnel.Channel);
    public ReportingService.ReportingServiceClient ReportingClient => new(Reporting.Channel);
    public DisciplineService.DisciplineServiceClient DisciplineClient => new(Discipline.Channel);

    public async Task InitializeAsync()
    {
        VirtualHost = await TestInfrastructure.CreateVirtualHostAsync();
        var ports = new[] { PersonnelApp.Description, ReportingApp.Description, DisciplineApp.Description }
            .ToDictionary(d => d.Name, _ => (Grpc: TestInfrastructure.FreePort(), Http: TestInfrastructure.FreePort()));
        var personnelGrpc = ports["personnel"].Grpc;
        if (_options.PersonnelThroughProxy)
        {
            PersonnelProxy = new TcpProxy("127.0.0.1", personnelGrpc, TestInfrastructure.FreePort());
            _proxies.Add(PersonnelProxy);
        }
        var personnelUrl = $"http://127.0.0.1:{PersonnelProxy?.Port ?? personnelGrpc}";
        _personnelUrl = personnelUrl;
        var started = await Task.WhenAll(
            StartAsync(PersonnelApp.Description, PersonnelApp.Create, ports["personnel"]),
            StartAsync(ReportingApp.Description, ReportingApp.Create, ports["reporting"]),
            StartAsync(DisciplineApp.Description, DisciplineApp.Create, ports["discipline"]));
        (Personnel, Reporting, Discipline) = (started[0], started[1], started[2]);
        foreach (var service in started) Instances[service.Name] = [service];
        // The others after the first, which migrated the database; each on ports of its own.
        for (var i = 1; i < _options.Instances; i++)
        {
            var more = await Task.WhenAll(
                StartAsync(PersonnelApp.Description, PersonnelApp.Create, (TestInfrastructure.FreePort(), TestInfrastructure.FreePort()), Personnel.Database),
                StartAsync(ReportingApp.Description, ReportingApp.Create, (TestInfrastructure.FreePort(), TestInfrastructure.FreePort()), Reporting.Database),
                StartAsync(DisciplineApp.Description, DisciplineApp.Create, (TestInfrastructure.FreePort(), TestInfrastructure.FreePort()), Discipline.Database));
            foreach (var service in more) Instances[service.Name].Add(service);
        }
    }

    private string _personnelUrl = "";

    /// <summary>
    /// Stops Reporting and starts it again on its database with the given settings added (a new reporter key, say), as
    /// an operator restarting it would.
    /// </summary>
    public async Task RestartReportingAsync(IReadOnlyDictionary<string, string> settings)
    {
        var database = Reporting.Database;
        await Reporting.DisposeAsync();
        Reporting = null!;
        Reporting = await StartAsync(ReportingApp.Description, ReportingApp.Create,
            (TestInfrastructure.FreePort(), TestInfrastructure.FreePort()), database, settings);
        Instances["reporting"][0] = Reporting;
    }

    private async Task<ServiceUnderTest> StartAsync(ServiceDescription description,
        Func<string[], Action<WebApplicationBuilder>?, WebApplication> create, (int Grpc, int Http) ports,
        string? existingDatabase = null, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var database = existingDatabase ?? await TestInfrastructure.CreateDatabaseAsync(description.Name);
        var (grpcPort, httpPort) = ports;
        var rabbitPort = TestInfrastructure.RabbitPort;
        if (_options.BrokerThroughProxy.Contains(description.Name))
        {
            var proxy = new TcpProxy(TestInfrastructure.RabbitHost, TestInfrastructure.RabbitPort, TestInfrastructure.FreePort());
            lock (_proxies) _proxies.Add(proxy);
            lock (BrokerProxies) BrokerProxies[description.Name] = proxy;
            rabbitPort = proxy.Port;
        }

        var connectionString = TestInfrastructure.ConnectionString(database, _options.DatabaseTimeoutSeconds);
        if (_options.DatabaseThroughProxy.Contains(description.Name))
        {
            var proxy = new TcpProxy(TestInfrastructure.PgHost, TestInfrastructure.PgPort, TestInfrastructure.FreePort());
            lock (_proxies) _proxies.Add(proxy);
            lock (DatabaseProxies) DatabaseProxies[description.Name] = proxy;
            connectionString = new Npgsql.NpgsqlConnectionStringBuilder(connectionString)
            { Host = "127.0.0.1", Port = proxy.Port }.ConnectionString;
        }

        string[] args =
        [
            "--environment=Testing",
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpcPort}",
            $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{httpPort}",
            $"--ConnectionStrings:Database={connectionString}",
            $"--RabbitMq:Host={TestInfrastructure.RabbitHost}",
            $"--RabbitMq:Port={rabbitPort}",
            $"--RabbitMq:VirtualHost={VirtualHost}",
            // Each service with its own least-privilege broker user, as deploy/infra.sh sets them up.
            $"--RabbitMq:Username={TestInfrastructure.RabbitServiceUser(description.Name).User}",
            $"--RabbitMq:Password={TestInfrastructure.RabbitServiceUser(description.Name).Password}",
            "--RabbitMq:RetryLimit=2",
            "--RabbitMq:RetryMinInterval=00:00:00.050",
            "--RabbitMq:RetryMaxInterval=00:00:00.500",
            "--RabbitMq:TransientRetryMaxInterval=00:00:01",
            // As in docker-compose and Kubernetes: a fresh virtual host has no classic queues in the way.
            "--RabbitMq:QuorumQueues=true",
            "--Outbox:PublishTimeout=00:00:03",
            "--Outbox:MaxRetryDelay=00:00:01",
            $"--Services:Personnel:Url={_personnelUrl}",
            // Throw-away databases are dropped WITH (FORCE); a small pool keeps the server's connection count low.
            "--Database:MaxPoolSize=20",
            // The tests submit far more from one caller and address than any portal should: their own limits are tested apart.
            "--RateLimits:Enabled=false",
            "--Reporting:TriageRetryInterval=00:00:00.500",
            "--Discipline:AtasanLookupInterval=00:00:00.500",
            $"--Auth:SigningKey={TestInfrastructure.SigningKey}",
            $"--Logging:LogLevel:Default={_options.LogLevel}",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
            .. _options.Settings.Select(s => $"--{s.Key}={s.Value}"),
            .. (extraSettings ?? new Dictionary<string, string>()).Select(s => $"--{s.Key}={s.Value}"),
        ];
        var app = create(args, builder =>
        {
            if (_options.Time is { } time) builder.Services.AddSingleton<TimeProvider>(time);
            builder.Logging.AddProvider(new CapturingLoggerProvider(Logs, description.Name));
        });
        await ServiceHost.StartAsync(app, CancellationToken.None);
        await Eventually.BusReady(app.Services);
        return new ServiceUnderTest(description.Name, app, grpcPort, httpPort, database, args);
    }

    /// <summary>Waits for Discipline to open the case of a confirmed report (it arrives by RabbitMQ).</summary>
    public Task<Case> CaseForReportAsync(string reportId, string what = "the case", TimeSpan? limit = null) =>
        Eventually.Get(async () =>
        {
            try
            {
                return await DisciplineClient.GetCaseByReportAsync(new GetCaseByReportRequest { ReportId = reportId }, As(Roles.Auditor));
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }, what, limit);

    /// <summary>
    /// A submitted report as a verifier reads it, with its triage and duplicate link: a reporter's receipt says only
    /// that triage follows.
    /// </summary>
    public Task<Contracts.Reporting.V1.Report> AsVerifierSeesItAsync(SubmitReportResponse submitted) =>
        ReportingClient.GetReportAsync(new GetReportRequest { ReportId = submitted.ReportId }, As(Roles.Verifier)).ResponseAsync;

    /// <summary>Call options carrying a development token with the given roles.</summary>
    public static CallOptions As(params string[] roles) => AsUser("tester", roles);

    public static CallOptions AsUser(string subject, params string[] roles) => AsUser(subject, roles, null);

    /// <summary>Call options for a user with extra claims, e.g. an official's or an employee's nip.</summary>
    public static CallOptions AsUser(string subject, string[] roles, IReadOnlyDictionary<string, string>? claims)
    {
        var token = DevTokens.Mint(new AuthOptions { SigningKey = TestInfrastructure.SigningKey }, subject, roles,
            TimeSpan.FromHours(1), extra: claims);
        return new CallOptions(new Metadata { { "Authorization", $"Bearer {token}" } });
    }

    public async Task DisposeAsync()
    {
        foreach (var instances in Instances.Values)
            foreach (var instance in instances.Skip(1))
                await instance.DisposeAsync();
        foreach (var service in new[] { Personnel, Reporting, Discipline }.Where(s => s is not null))
        {
            await service.DisposeAsync();
            await TestInfrastructure.DropDatabaseAsync(service.Database);
        }
        foreach (var proxy in _proxies) await proxy.DisposeAsync();
        await TestInfrastructure.DeleteVirtualHostAsync(VirtualHost);
    }
}
