namespace Berau.Disiplin.Discipline.Policy;

/// <summary>Reads the policy's terms as other services and tokens spell them.</summary>
public static class PolicyNames
{
    /// <summary>"Pelaksana", "PELAKSANA", "JptPratama", "JPT_PRATAMA" → the level; null when it names none.</summary>
    public static PositionLevel? PositionLevel(string? value) => Named<PositionLevel>(value);

    /// <summary>"Pns", "PNS", "Pppk", "Contract" → the employment type; null when it names none.</summary>
    public static EmploymentType? EmploymentType(string? value) => Named<EmploymentType>(value);

    /// <summary>"InUniform", "IN_UNIFORM" → the fact; null when it names none.</summary>
    public static AggravatingFact? AggravatingFact(string? value) => Named<AggravatingFact>(value);

    // Names only, strictly: letters and underscores. A number ("10", " 10", "+10") is no name even where the enum would
    // take it (10 would read as BUPATI), and "Pengawas,Pelaksana" is no name either (Enum.TryParse would OR the two).
    private static T? Named<T>(string? value) where T : struct, Enum =>
        value is { Length: > 0 } && value.All(c => char.IsAsciiLetter(c) || c == '_')
        && Enum.TryParse<T>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
        && Enum.IsDefined(parsed)
            ? parsed
            : null;
}
