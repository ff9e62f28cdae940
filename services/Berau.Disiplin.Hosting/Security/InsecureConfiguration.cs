using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.Hosting.Security;

/// <summary>
/// A setting that would run the service with a published or missing secret: the service refuses to start, and
/// <see cref="ServiceHost"/> prints one line naming the setting and exits with
/// <see cref="ServiceHost.ExitInsecureConfiguration"/>.
/// </summary>
public sealed class InsecureConfigurationException(string setting, string reason) : Exception($"{setting} {reason}")
{
    /// <summary>The configuration key at fault, as an operator writes it (<c>Auth:SigningKey</c>).</summary>
    public string Setting { get; } = setting;
}

/// <summary>
/// Where development secrets are refused: everywhere except a developer's machine (<c>Development</c>) and the tests
/// (<c>Testing</c>), so in <c>Production</c> and any staging environment. Each check sits where its setting is read.
/// </summary>
public static class InsecureConfiguration
{
    public const string TestingEnvironment = "Testing";

    /// <summary>True when published development secrets must be refused.</summary>
    public static bool IsGuarded(IHostEnvironment environment) =>
        !environment.IsDevelopment() && !environment.IsEnvironment(TestingEnvironment);

    /// <summary>Refuses to start: <paramref name="setting"/> followed by <paramref name="reason"/> is the one line printed.</summary>
    public static InsecureConfigurationException Refuse(string setting, string reason) => new(setting, reason);
}
