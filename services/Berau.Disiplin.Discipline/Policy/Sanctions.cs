using System.Text.Json.Serialization;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>Level of a sanction (tingkat hukuman disiplin), PP 94/2021 Pasal 8 ayat (1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SanctionLevel>))]
public enum SanctionLevel
{
    Ringan = 1,
    Sedang = 2,
    Berat = 3,
}

/// <summary>How sure we are of a piece of the policy, as tagged in the reference notes: V = the regulation text was
/// seen, S = secondary sources only (they agree, but nobody compared them with JDIH), U = unverified, derived or the
/// sources conflict, B = Berau's own policy (a choice the regency makes where the regulation leaves one, or its own
/// rules for contract staff), not regulation text at all.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Confidence>))]
public enum Confidence
{
    [JsonStringEnumMemberName("V")] Verified = 1,
    [JsonStringEnumMemberName("S")] Secondary = 2,
    [JsonStringEnumMemberName("U")] Unverified = 3,
    [JsonStringEnumMemberName("B")] BerauPolicy = 4,
}

/// <summary>Who chose the sanction a rule yields: the regulation itself (the absence table names each sanction), or
/// Berau, where the regulation fixes only the level (ringan, sedang, berat) and leaves the sanction within it to the
/// official.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SanctionChosenBy>))]
public enum SanctionChosenBy
{
    Regulation = 1,
    Berau = 2,
}

/// <summary>
/// One entry of the sanction catalogue (jenis hukuman disiplin): the PP 94/2021 Pasal 8 sanctions R1–B3, the PPPK
/// termination (PHPK) and the contract-staff sanctions. Severity is not a property of the entry: it is the
/// entry's place on the ladder of each employment type (<see cref="Regime"/>).
/// </summary>
public sealed record SanctionType
{
    /// <summary>Short stable code used in decisions and events: R1–R3, S1–S3, B1–B3, PHPK, K1–K3.</summary>
    public required string Code { get; init; }
    /// <summary>The wording decisions and explanations use, in Indonesian: the regulation's own, unless the version
    /// words it for Berau (the sedang sanctions speak of TPP, which Berau pays, rather than tunjangan kinerja).</summary>
    public required string Name { get; init; }
    public required string EnglishName { get; init; }
    public required SanctionLevel Level { get; init; }
    /// <summary>How long the sanction runs, where it has a duration (the tukin cuts, demotion, release).</summary>
    public int? DurationMonths { get; init; }
    public required string Article { get; init; }
    public required Confidence Confidence { get; init; }
    /// <summary>What is imposed instead while the transitional rule holds
    /// (<see cref="PolicySettings.ApplyTransitionalSubstitutes"/>).</summary>
    public TransitionalSubstitute? TransitionalSubstitute { get; init; }
}

/// <summary>
/// A sanction imposed in place of a catalogue entry while a transitional rule holds: reportedly the tukin cuts
/// S1–S3 wait for the regulation on salaries and allowances, with a deferred pay rise, a deferred promotion or a
/// demotion in rank instead. Unverified, hence data switched on per version.
/// </summary>
public sealed record TransitionalSubstitute
{
    public required string Name { get; init; }
    public required string EnglishName { get; init; }
    public int? DurationMonths { get; init; }
    public required string Article { get; init; }
    public required Confidence Confidence { get; init; }
}
