namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// The policy versions the suite ships with, embedded in the assembly so that a new version is published as data,
/// never by changing code: Policy/default-policy.json, the version in force from its date, and the earlier built-in
/// versions in Policy/Versions/, kept so that a case opened under one of them keeps it.
/// </summary>
public static class DefaultPolicy
{
    public const string ResourceName = "Berau.Disiplin.Discipline.Policy.default-policy.json";

    /// <summary>Earlier built-in versions, earliest first. pp94-2021.1 is the first catalogue, before the legal review
    /// of December 2026; it decides nothing new once pp94-2021.2 is in force, but its cases still read it.</summary>
    public static IReadOnlyList<string> EarlierResourceNames { get; } =
    [
        "Berau.Disiplin.Discipline.Policy.Versions.pp94-2021.1.json",
    ];

    /// <summary>The embedded JSON of the default version exactly as written.</summary>
    public static string ReadJson() => Read(ResourceName);

    /// <summary>Reads and validates the default version.</summary>
    public static SanctionPolicy Load() => PolicyJson.Parse(ReadJson());

    /// <summary>Reads and validates every built-in version, earliest first, the default last.</summary>
    public static IReadOnlyList<SanctionPolicy> LoadAll() =>
        [.. EarlierResourceNames.Select(name => PolicyJson.Parse(Read(name))), Load()];

    /// <summary>The embedded JSON of a built-in version exactly as written.</summary>
    public static string Read(string resourceName)
    {
        using var stream = typeof(DefaultPolicy).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
