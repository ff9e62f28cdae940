using Berau.Disiplin.Personnel.Employees;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>The holder of a unit's head post, as the chain walk needs them.</summary>
public sealed record ChainHead(string Nip, string Name, string Position, PositionLevel? Level, bool Designated, bool Active);

/// <summary>A unit on the way up from an employee's unit, with its head post (null while empty).</summary>
public sealed record ChainUnit(string Code, string Name, string? ParentCode, ChainHead? Head);

/// <summary>One superior in an employee's line ("di lingkungannya"): step 1 is the atasan langsung.</summary>
public sealed record Superior(int Step, ChainHead Head, string UnitCode, string UnitName);

/// <summary>
/// Who is whose superior, from the unit tree: the heads of the employee's unit and of each unit above it, nearest
/// first. The employee's own post is skipped (a Kepala Seksi's atasan is the head of the unit above his seksi), and so
/// is an empty or inactive post: where there is no official with authority, the next higher one has it (PP 94/2021).
/// One person heading two units of the line counts once, at the nearer one. The chain reaches the PPK when it ends at
/// the Bupati.
/// </summary>
public static class OrganisationChain
{
    /// <summary>Stops a walk on a tree a bad write has broken into a cycle.</summary>
    public const int MaxDepth = 100;

    /// <param name="subjectNip">The employee asked about.</param>
    /// <param name="unitCode">The unit the employee is posted to.</param>
    /// <param name="units">At least that unit and its ancestors, by code.</param>
    public static IReadOnlyList<Superior> Walk(string subjectNip, string unitCode,
        IReadOnlyDictionary<string, ChainUnit> units)
    {
        var chain = new List<Superior>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { subjectNip };
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var code = unitCode; code is not null && visited.Count < MaxDepth && visited.Add(code);)
        {
            if (!units.TryGetValue(code, out var unit)) break;
            if (unit.Head is { Active: true } head && seen.Add(head.Nip))
                chain.Add(new Superior(chain.Count + 1, head, unit.Code, unit.Name));
            code = unit.ParentCode;
        }
        return chain;
    }

    /// <summary>Whether the chain ends at the Bupati as PPK.</summary>
    public static bool ReachesPpk(IReadOnlyList<Superior> chain) =>
        chain.Count > 0 && chain[^1].Head.Level == PositionLevel.Bupati;
}
