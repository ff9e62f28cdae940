using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// An official (pejabat) as Personnel's organisation knows them. Whoever acts on a case is identified by NIP, and what
/// they may do is read from the employee's line of superiors, never from a token's claims.
/// </summary>
public sealed record Official
{
    public required string Nip { get; init; }
    public required string Name { get; init; }
    public required string Position { get; init; }
    /// <summary>The level of the post held (JPT Pratama, Administrator, Pengawas, Bupati...); null when Personnel has none.</summary>
    public PositionLevel? Level { get; init; }
    /// <summary>The unit the official heads (a superior) or works in (anyone else).</summary>
    public string? UnitCode { get; init; }

    /// <summary>"Andi Saputra (NIP 198604182009031003, Kepala Seksi Pelayanan)", as refusals and the timeline name people.</summary>
    public override string ToString() => $"{Name} (NIP {Nip}, {Position})";

    /// <summary>Several officials the way a refusal lists whom to ask.</summary>
    public static string List(IEnumerable<Official> officials)
    {
        var named = officials.Select(o => o.ToString()).ToList();
        return named.Count == 0 ? "nobody" : string.Join("; ", named);
    }
}

/// <summary>
/// An employee's line of superiors ("di lingkungannya") as Personnel's <c>GetSuperiors</c> gives it: the atasan langsung
/// first, up the unit tree to the PPK. Posts that are empty are already skipped, so the next higher official acts.
/// </summary>
/// <param name="Level">The employee's own position level, as Personnel has it now; null when it has none.</param>
public sealed record SuperiorChain(string Nip, PositionLevel? Level, IReadOnlyList<Official> Superiors, bool ReachesPpk)
{
    /// <summary>The direct supervisor, who must summon and examine (PP 94/2021 Pasal 26–27); null when no post above is filled.</summary>
    public Official? AtasanLangsung => Superiors.Count > 0 ? Superiors[0] : null;

    /// <summary>The Bupati as PPK, when the chain reaches the top of the regency's tree.</summary>
    public Official? Ppk => ReachesPpk && Superiors.Count > 0 && Superiors[^1].Level == PositionLevel.Bupati ? Superiors[^1] : null;

    public Official? Find(string nip) => Superiors.FirstOrDefault(s => s.Nip == nip);
}

/// <summary>
/// Who outranks whom when a tim pemeriksa is formed and when a higher official acts for an empty post: the structural
/// order Bupati &gt; JPT Pratama &gt; Administrator &gt; Pengawas &gt; Pelaksana. A functional official (JF) is ranked
/// with the pelaksana: PP 94/2021 asks for "a position at least equal to" the examined employee's, and a JF has no
/// structural rank to compare; ranking JF with pelaksana is this suite's choice until BKPSDM rules otherwise.
/// </summary>
public static class Seniority
{
    /// <summary>Smaller is higher; an unknown level ranks lowest.</summary>
    public static int Rank(PositionLevel? level) => level switch
    {
        PositionLevel.Bupati => 0,
        PositionLevel.JptPratama => 1,
        PositionLevel.Administrator => 2,
        PositionLevel.Pengawas => 3,
        PositionLevel.Pelaksana or PositionLevel.Fungsional => 4,
        _ => 5,
    };

    /// <summary>Whether <paramref name="level"/> is at least as high as <paramref name="other"/>.</summary>
    public static bool AtLeast(PositionLevel? level, PositionLevel? other) => Rank(level) <= Rank(other);
}
