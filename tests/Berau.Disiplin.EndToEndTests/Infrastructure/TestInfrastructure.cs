using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>
/// The real PostgreSQL and RabbitMQ the tests run against (started by <c>bash deploy/infra.sh up</c>), and the
/// throw-away databases and virtual hosts that keep each test host apart. Settings come from the same environment
/// variables as deploy/infra.env, with its defaults.
/// </summary>
public static class TestInfrastructure
{
    public static string PgHost => Env("PG_HOST", "127.0.0.1");
    public static int PgPort => int.Parse(Env("PG_PORT", "5432"), System.Globalization.CultureInfo.InvariantCulture);
    public static string PgUser => Env("PG_USER", "disiplin");
    public static string PgPassword => Env("PG_PASSWORD", "disiplin");
    public static string RabbitHost => Env("RABBITMQ_HOST", "127.0.0.1");
    public static int RabbitPort => int.Parse(Env("RABBITMQ_PORT", "5672"), System.Globalization.CultureInfo.InvariantCulture);
    public static int RabbitManagementPort => int.Parse(Env("RABBITMQ_MANAGEMENT_PORT", "15672"), System.Globalization.CultureInfo.InvariantCulture);
    public static string RabbitUser => Env("RABBITMQ_USER", "disiplin");
    public static string RabbitPassword => Env("RABBITMQ_PASSWORD", "disiplin");

    public const string SigningKey = "berau-disiplin-test-signing-key-0123456789-abcdef";

    /// <summary>A service's own least-privilege broker user, as deploy/infra.env names it (disiplin-&lt;service&gt;).</summary>
    public static (string User, string Password) RabbitServiceUser(string service) =>
        ($"disiplin-{service}", Setting($"RABBITMQ_{service.ToUpperInvariant()}_PASSWORD", $"disiplin-{service}"));

    /// <summary>The services whose broker users the throw-away vhosts grant.</summary>
    public static readonly string[] Services = ["personnel", "reporting", "discipline"];

    /// <summary>A service's permissions on a vhost: deploy/infra.env's three patterns with its name filled in.</summary>
    public static (string Configure, string Write, string Read) RabbitPermissions(string service) =>
        (Pattern("RABBITMQ_SERVICE_CONFIGURE", service), Pattern("RABBITMQ_SERVICE_WRITE", service), Pattern("RABBITMQ_SERVICE_READ", service));

    private static string Pattern(string name, string service) =>
        (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : InfraEnv.Value[name]).Replace("{service}", service);

    /// <summary>deploy/infra.env, read from the repository (the environment wins, as in deploy/infra.sh).</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> InfraEnv = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "deploy", "infra.env"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("deploy/infra.env not found above " + AppContext.BaseDirectory);
        return File.ReadAllLines(Path.Combine(dir.FullName, "deploy", "infra.env"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('='))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1].Trim() is ['\'', .. var single, '\''] ? single : p[1].Trim().Trim('"'));
    });

    private static string Setting(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value
        : InfraEnv.Value.TryGetValue(name, out var configured) ? configured : fallback;

    /// <summary>Creates (or resets to deploy/infra.env's passwords) the services' broker users, once per run.</summary>
    private static readonly Lazy<Task> ServiceUsers = new(async () =>
    {
        using var http = Management();
        foreach (var service in Services)
        {
            var (user, password) = RabbitServiceUser(service);
            await Ensure(http.PutAsync($"api/users/{user}", JsonContent.Create(new { password, tags = "" })));
        }
    });

    private const string HowToStart = "Start PostgreSQL and RabbitMQ with 'bash deploy/infra.sh up' before running the tests.";

    public static string ConnectionString(string database, int? timeoutSeconds = null)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = PgHost, Port = PgPort, Username = PgUser, Password = PgPassword, Database = database,
            // Throw-away databases are dropped WITH (FORCE); a small pool keeps the server's connection count low.
            MaxPoolSize = 20,
        };
        if (timeoutSeconds is { } seconds) builder.Timeout = seconds;
        return builder.ConnectionString;
    }

    public static string NewName(string prefix) => $"t_{prefix}_{Guid.NewGuid():N}"[..Math.Min(40, 3 + prefix.Length + 32)];

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = NewName(prefix);
        await AdminAsync($"CREATE DATABASE \"{name}\"");
        return name;
    }

    public static Task DropDatabaseAsync(string name) => AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    private static async Task AdminAsync(string sql)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            throw new InvalidOperationException($"PostgreSQL at {PgHost}:{PgPort} is not reachable. {HowToStart}", ex);
        }
    }

    /// <summary>
    /// A throw-away vhost: the administrator (the tests' own user) may do anything there, each service's user only what
    /// deploy/infra.sh allows it on the real vhost.
    /// </summary>
    public static async Task<string> CreateVirtualHostAsync()
    {
        var name = NewName("vh");
        await ServiceUsers.Value;
        using var http = Management();
        await Ensure(http.PutAsync($"api/vhosts/{name}", JsonContent.Create(new { })));
        await Ensure(http.PutAsync($"api/permissions/{name}/{RabbitUser}",
            JsonContent.Create(new { configure = ".*", write = ".*", read = ".*" })));
        foreach (var service in Services)
        {
            var (configure, write, read) = RabbitPermissions(service);
            await Ensure(http.PutAsync($"api/permissions/{name}/{RabbitServiceUser(service).User}",
                JsonContent.Create(new { configure, write, read })));
        }
        return name;
    }

    public static async Task DeleteVirtualHostAsync(string name)
    {
        using var http = Management();
        await http.DeleteAsync($"api/vhosts/{name}");
    }

    /// <summary>Messages ready plus unacknowledged in a queue, from the management API.</summary>
    public static async Task<(int Ready, int Unacked)> QueueDepthAsync(string vhost, string queue)
    {
        using var http = Management();
        var response = await http.GetAsync($"api/queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(queue)}");
        if (!response.IsSuccessStatusCode) return (0, 0);
        var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        static int Read(System.Text.Json.JsonElement e, string name) =>
            e.TryGetProperty(name, out var p) && p.ValueKind == System.Text.Json.JsonValueKind.Number ? p.GetInt32() : 0;
        return (Read(json, "messages_ready"), Read(json, "messages_unacknowledged"));
    }

    private static HttpClient Management()
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://{RabbitHost}:{RabbitManagementPort}/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RabbitUser}:{RabbitPassword}")));
        return http;
    }

    private static async Task Ensure(Task<HttpResponseMessage> call)
    {
        HttpResponseMessage response;
        try
        {
            response = await call;
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException(
                $"The RabbitMQ management API at {RabbitHost}:{RabbitManagementPort} is not reachable. {HowToStart}", ex);
        }
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException(
                $"RabbitMQ management API: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static string Env(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>A free loopback port, never the same one twice in this test run (the OS may offer a released one again).</summary>
    public static int FreePort()
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
