using System.Net.Sockets;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Hosting.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting;

/// <summary>
/// Runs a service, or one of the operator commands every service understands:
/// <list type="bullet">
/// <item><c>migrate</c>: apply the database migrations and exit (for operators who set Database__MigrateOnStartup=false);</item>
/// <item><c>token --role ROLE [--role ROLE] [--sub ID] [--name NAME] [--nip NIP] [--claim K=V] [--hours H]</c>: print a
/// development bearer token signed with Auth:SigningKey;</item>
/// <item>a service's own commands (Personnel's <c>seed</c>, say), given to
/// <see cref="RunAsync(string[], Func{string[], WebApplication}, IReadOnlyDictionary{string, Func{WebApplication, Task{int}}})"/>:
/// run against the service's database once it is reachable and migrated (unless switched off), without starting the service;</item>
/// <item>no command: check the database, migrate (unless switched off), start, and serve until stopped.</item>
/// </list>
/// </summary>
public static class ServiceHost
{
    /// <summary>A command or setting the service does not understand (or an invalid option value).</summary>
    public const int ExitUsage = 2;
    /// <summary>PostgreSQL (or another dependency it cannot run without) is unreachable.</summary>
    public const int ExitInfrastructureUnavailable = 3;
    /// <summary>
    /// A published development secret or a missing one where secrets are guarded (outside Development and Testing):
    /// the development signing key or one too short, no authentication, the built-in database or broker password, no
    /// reporter key.
    /// </summary>
    public const int ExitInsecureConfiguration = 4;

    public static Task<int> RunAsync(string[] args, Func<string[], WebApplication> createApp) =>
        RunAsync(args, createApp, new Dictionary<string, Func<WebApplication, Task<int>>>());

    /// <param name="args">The command line: a command name first, or none to run the service.</param>
    /// <param name="createApp">Builds the service from the remaining arguments.</param>
    /// <param name="commands">The service's own operator commands by name; each returns the exit code.</param>
    public static async Task<int> RunAsync(string[] args, Func<string[], WebApplication> createApp,
        IReadOnlyDictionary<string, Func<WebApplication, Task<int>>> commands)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var rest = command is null ? args : args[1..];
        try
        {
            switch (command)
            {
                case null:
                {
                    await using var app = createApp(rest);
                    await StartAsync(app, CancellationToken.None);
                    await app.WaitForShutdownAsync();
                    return 0;
                }
                case "migrate":
                {
                    await using var app = createApp(rest);
                    var database = app.Services.GetRequiredService<IServiceDatabase>();
                    await database.EnsureReachableAsync(CancellationToken.None);
                    await database.MigrateAsync(app.Services, CancellationToken.None);
                    Console.WriteLine($"Migrated {DatabaseExtensions.Describe(database.ConnectionString)}.");
                    return 0;
                }
                case "token":
                    return MintToken(rest);
                case not null when commands.TryGetValue(command, out var run):
                {
                    await using var app = createApp(rest);
                    var database = app.Services.GetRequiredService<IServiceDatabase>();
                    await database.EnsureReachableAsync(CancellationToken.None);
                    if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
                        await database.MigrateAsync(app.Services, CancellationToken.None);
                    return await run(app);
                }
                default:
                    await Console.Error.WriteLineAsync(
                        $"Unknown command '{command}'. Commands: {string.Join(", ", ["migrate", "token", .. commands.Keys])}; " +
                        "none to run the service.");
                    return ExitUsage;
            }
        }
        catch (InsecureConfigurationException ex)
        {
            await Console.Error.WriteLineAsync($"Cannot start: {ex.Message}");
            return ExitInsecureConfiguration;
        }
        catch (InfrastructureUnavailableException ex)
        {
            await Console.Error.WriteLineAsync($"Cannot start: {ex.Message}");
            return ExitInfrastructureUnavailable;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"Cannot start: invalid configuration: {string.Join("; ", ex.Failures)}");
            return ExitUsage;
        }
    }

    /// <summary>
    /// Start-up as the service and the tests do it: PostgreSQL must answer (or the service refuses to start and says
    /// which server and how to start it); migrations are applied, or with Database:MigrateOnStartup=false must have been
    /// (else it refuses, exit 3); RabbitMQ is only probed, since events wait in the
    /// outbox while it is down.
    /// </summary>
    public static async Task StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var database = app.Services.GetRequiredService<IServiceDatabase>();
        await database.EnsureReachableAsync(cancellationToken);
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
            await database.MigrateAsync(app.Services, cancellationToken);
        else
            await database.EnsureMigratedAsync(app.Services, cancellationToken);
        await WarnIfBrokerUnreachableAsync(app, cancellationToken);
        await app.StartAsync(cancellationToken);
    }

    private static async Task WarnIfBrokerUnreachableAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var mq = app.Services.GetService<IOptions<RabbitMqOptions>>()?.Value;
        if (mq is null) return;
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await client.ConnectAsync(mq.Host, mq.Port, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            app.Logger.BrokerUnreachableAtStart(mq.Host, mq.Port, ex.Message);
        }
    }

    private static int MintToken(string[] args)
    {
        var roles = new List<string>();
        string subject = "dev-user", name = "Development user";
        string? nip = null;
        var hours = 8.0;
        var extra = new Dictionary<string, string>();
        var configArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--role": roles.Add(Next()); break;
                case "--sub": subject = Next(); break;
                case "--name": name = Next(); break;
                case "--nip": nip = Next(); break;
                case "--claim":
                    var pair = Next().Split('=', 2);
                    if (pair.Length != 2) throw new ArgumentException("--claim takes name=value, e.g. nip=198604182009031003");
                    extra[pair[0]] = pair[1];
                    break;
                case "--hours": hours = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                default: configArgs.Add(args[i]); break;
            }
        }
        var unknown = roles.Except(Roles.All).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            Console.Error.WriteLine($"token: give one or more --role of: {string.Join(", ", Roles.All)}" +
                                    (unknown.Count > 0 ? $" (unknown: {string.Join(", ", unknown)})" : ""));
            return ExitUsage;
        }

        var builder = WebApplication.CreateBuilder(configArgs.ToArray());
        var options = AuthExtensions.ReadAuthOptions(builder.Configuration, builder.Environment);
        Console.WriteLine(DevTokens.Mint(options, subject, roles, TimeSpan.FromHours(hours), name, nip, extra));
        return 0;
    }
}
