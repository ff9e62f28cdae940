using System.Text.RegularExpressions;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>
/// A unit of the regency (perangkat daerah/OPD, bidang, seksi, UPT, kampung post): where an employee is posted.
/// Units form a tree through <see cref="ParentCode"/>.
/// </summary>
public sealed partial class Unit
{
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 200;

    private Unit() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? ParentCode { get; private set; }
    /// <summary>A front-line public-service unit (unit pelayanan publik), e.g. Disdukcapil's service counters.</summary>
    public bool FrontLine { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Unit Create(string code, string name, string? parentCode, bool frontLine, DateTimeOffset now) => new()
    {
        Code = code,
        Name = name,
        ParentCode = parentCode,
        FrontLine = frontLine,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>
    /// Renames the unit, moves it under another parent (or to the top level) and sets its front-line flag.
    /// <paramref name="newParentLineage"/> is the new parent and its ancestors up to the top: a unit cannot be moved
    /// under itself or one of its own descendants, which would cut its branch off the tree.
    /// </summary>
    public void Update(string name, string? parentCode, IReadOnlyCollection<string> newParentLineage, bool frontLine,
        DateTimeOffset now)
    {
        if (parentCode is not null && (parentCode == Code || newParentLineage.Contains(Code)))
            throw ValidationFailedException.For("parent_code",
                $"unit '{parentCode}' is {(parentCode == Code ? "the unit itself" : $"below {Code}")}; a unit cannot be its own ancestor");
        Name = name;
        ParentCode = parentCode;
        FrontLine = frontLine;
        UpdatedAt = now;
    }

    /// <summary>Codes are upper-case letters, digits, dots, dashes and underscores, e.g. <c>DISDUKCAPIL.PELAYANAN</c>.</summary>
    public static string NormaliseCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    /// <summary>A unit code in a request: normalised, with a violation on <paramref name="field"/> when it is not one.</summary>
    public static string ParseCode(Validator v, string field, string? text)
    {
        var code = NormaliseCode(text);
        ValidateCode(v, field, code);
        return code;
    }

    /// <summary>An optional unit code in a request: null when empty, otherwise as <see cref="ParseCode"/>.</summary>
    public static string? ParseOptionalCode(Validator v, string field, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ParseCode(v, field, text);

    public static void ValidateCode(Validator v, string field, string code)
    {
        if (code.Length == 0) v.Add(field, "is required");
        else if (code.Length > MaxCodeLength) v.Add(field, $"must be at most {MaxCodeLength} characters");
        else if (!CodePattern().IsMatch(code)) v.Add(field, "may hold only letters, digits, '.', '-' and '_'");
    }

    /// <summary>The reason a reference to an unknown unit is refused with, on whichever field holds it.</summary>
    public static string DoesNotExist(string code) => $"unit '{code}' does not exist";

    [GeneratedRegex("^[A-Z0-9][A-Z0-9._-]*$")]
    private static partial Regex CodePattern();
}
