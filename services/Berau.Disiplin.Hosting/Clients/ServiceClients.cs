using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting.Clients;

/// <summary>
/// Settings of a call to another service (section <c>Services:&lt;Name&gt;</c>): its address and the deadline of each
/// call, so a slow or absent service never keeps our caller waiting.
/// </summary>
public sealed class ServiceEndpointOptions
{
    public Uri Url { get; set; } = new("http://127.0.0.1:5101");
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The call's deadline. A transport matter, so on the real clock: a TimeProvider that business rules run on
    /// (a test's fake one, say) must not make calls expire.
    /// </summary>
    public DateTime Deadline() => DateTime.UtcNow + Timeout;
}

public static class ServiceClients
{
    /// <summary>
    /// A gRPC client of another service of the suite, authenticated with this service's own token (role
    /// <c>service</c>), with its address and deadline from <c>Services:&lt;name&gt;</c>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceClient<TClient>(this IHostApplicationBuilder builder, string name,
        string defaultUrl) where TClient : ClientBase
    {
        builder.Services.AddOptions<ServiceEndpointOptions>(name)
            .Configure(o => o.Url = new Uri(defaultUrl))
            .BindConfiguration($"Services:{name}");
        builder.Services.TryAddSingleton<ServiceTokenProvider>();
        builder.Services
            .AddGrpcClient<TClient>((sp, o) => o.Address = sp.GetRequiredService<IOptionsMonitor<ServiceEndpointOptions>>().Get(name).Url)
            .AddCallCredentials((_, metadata, sp) =>
            {
                metadata.Add("Authorization", $"Bearer {sp.GetRequiredService<ServiceTokenProvider>().Token()}");
                return Task.CompletedTask;
            })
            // A call that fails is marked as this dependency's, so the error mapping can tell it from our own answer.
            .AddInterceptor(() => new DependencyCalls.Marker(name))
            // The suite talks h2c on loopback or a private network; TLS is the platform's job in front of it.
            .ConfigureChannel(o => o.UnsafeUseInsecureChannelCallCredentials = true);
        return builder;
    }
}

/// <summary>
/// This service's own bearer token for calls to the others: <c>Auth:ServiceToken</c> when the operator issues one
/// (from the OIDC provider), otherwise minted with the shared signing key and renewed before it expires.
/// </summary>
public sealed class ServiceTokenProvider(IOptions<AuthOptions> auth, IConfiguration configuration, ServiceDescription service)
{
    private readonly Lock _lock = new();
    private string? _token;
    private DateTime _renewAt;

    public string Token()
    {
        if (configuration["Auth:ServiceToken"] is { Length: > 0 } issued) return issued;
        lock (_lock)
        {
            if (_token is null || DateTime.UtcNow >= _renewAt)
            {
                _token = DevTokens.Mint(auth.Value, $"service:{service.Name}", [Roles.Service], TimeSpan.FromHours(1),
                    name: $"Berau.Disiplin {service.Name}");
                _renewAt = DateTime.UtcNow.AddMinutes(50);
            }
            return _token;
        }
    }
}
