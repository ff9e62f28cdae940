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

    // Names only: a number such as "1" is no name, even where the enum would take it.
    private static T? Named<T>(string? value) where T : struct, Enum =>
        value is { Length: > 0 } && !char.IsDigit(value[0])
        && Enum.TryParse<T>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
        && Enum.IsDefined(parsed)
            ? parsed
            : null;
}
