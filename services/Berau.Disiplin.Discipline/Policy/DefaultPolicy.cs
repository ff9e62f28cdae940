namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// The policy version the suite starts with, seeded from PP 94/2021: Policy/default-policy.json, embedded in the
/// assembly so that a new version is published as data, never by changing code.
/// </summary>
public static class DefaultPolicy
{
    public const string ResourceName = "Berau.Disiplin.Discipline.Policy.default-policy.json";

    /// <summary>The embedded JSON exactly as written.</summary>
    public static string ReadJson()
    {
        using var stream = typeof(DefaultPolicy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads and validates the default version.</summary>
    public static SanctionPolicy Load() => PolicyJson.Parse(ReadJson());
}
