using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using RabbitMQ.Client;

namespace Berau.Disiplin.Faults;

/// <summary>
/// The PostgreSQL and RabbitMQ that deploy/infra.sh runs, as deploy/infra.env describes them (the environment wins):
/// throw-away databases and a throw-away virtual host for one run, the services' broker users granted on it.
/// </summary>
internal sealed class Infrastructure(string root)
{
    private readonly Dictionary<string, string> _env = ReadEnv(Path.Combine(root, "deploy", "infra.env"));

    public string PgHost => Setting("PG_HOST");
    public int PgPort => int.Parse(Setting("PG_PORT"), System.Globalization.CultureInfo.InvariantCulture);
    public string RabbitHost => Setting("RABBITMQ_HOST");
    public int RabbitPort => int.Parse(Setting("RABBITMQ_PORT"), System.Globalization.CultureInfo.InvariantCulture);
    private int ManagementPort => int.Parse(Setting("RABBITMQ_MANAGEMENT_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    public string Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value
        : _env.TryGetValue(name, out var configured) ? configured
        : throw new InvalidOperationException($"{name} is not set in deploy/infra.env or the environment.");

    /// <summary>The service's own broker user and password.</summary>
    public (string User, string Password) BrokerUser(string service) =>
        ($"disiplin-{service}", Setting($"RABBITMQ_{service.ToUpperInvariant()}_PASSWORD"));

    /// <summary>A connection string to <paramref name="database"/>, as the administrator, at <paramref name="port"/>.</summary>
    public string ConnectionString(string database, int? port = null, int maxPoolSize = 10) => new NpgsqlConnectionStringBuilder
    {
        Host = port is null ? PgHost : "127.0.0.1", Port = port ?? PgPort, Username = Setting("PG_USER"),
        Password = Setting("PG_PASSWORD"), Database = database, MaxPoolSize = maxPoolSize, Timeout = 5,
    }.ConnectionString;

    public async Task CreateDatabaseAsync(string name) => await AdminAsync($"CREATE DATABASE \"{name}\"");

    public async Task DropDatabaseAsync(string name) => await AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A virtual host for this run: the administrator may do anything, each service what infra.env allows it.</summary>
    public async Task CreateVirtualHostAsync(string name, IEnumerable<string> services)
    {
        using var http = Management();
        await EnsureAsync(http.PutAsync($"api/vhosts/{name}", JsonContent.Create(new { })));
        await EnsureAsync(http.PutAsync($"api/permissions/{name}/{Setting("RABBITMQ_USER")}",
            JsonContent.Create(new { configure = ".*", write = ".*", read = ".*" })));
        foreach (var service in services)
        {
            var (user, password) = BrokerUser(service);
            await EnsureAsync(http.PutAsync($"api/users/{user}", JsonContent.Create(new { password, tags = "" })));
            await EnsureAsync(http.PutAsync($"api/permissions/{name}/{user}", JsonContent.Create(new
            {
                configure = Pattern("RABBITMQ_SERVICE_CONFIGURE", service),
                write = Pattern("RABBITMQ_SERVICE_WRITE", service),
                read = Pattern("RABBITMQ_SERVICE_READ", service),
            })));
        }
    }

    public async Task DeleteVirtualHostAsync(string name)
    {
        using var http = Management();
        await http.DeleteAsync($"api/vhosts/{name}");
    }

    /// <summary>The names of a virtual host's queues.</summary>
    public async Task<IReadOnlyList<string>> QueuesAsync(string vhost)
    {
        using var http = Management();
        var queues = await http.GetFromJsonAsync<JsonElement>($"api/queues/{Uri.EscapeDataString(vhost)}");
        return queues.EnumerateArray().Select(q => q.GetProperty("name").GetString()!).ToList();
    }

    /// <summary>An AMQP connection to the broker itself (never through a proxy), as the administrator.</summary>
    public Task<IConnection> ConnectAsync(string vhost) => new ConnectionFactory
    {
        HostName = RabbitHost, Port = RabbitPort, VirtualHost = vhost,
        UserName = Setting("RABBITMQ_USER"), Password = Setting("RABBITMQ_PASSWORD"),
    }.CreateConnectionAsync();

    private string Pattern(string name, string service) => Setting(name).Replace("{service}", service, StringComparison.Ordinal);

    private HttpClient Management()
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://{RabbitHost}:{ManagementPort}/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Setting("RABBITMQ_USER")}:{Setting("RABBITMQ_PASSWORD")}")));
        return http;
    }

    private static async Task EnsureAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"RabbitMQ management API: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static Dictionary<string, string> ReadEnv(string path) =>
        File.ReadAllLines(path)
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('=', StringComparison.Ordinal))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1].Trim() is ['\'', .. var single, '\''] ? single : p[1].Trim().Trim('"'));
}
