using System.Text.RegularExpressions;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>
/// A unit of the regency (perangkat daerah/OPD, bidang, seksi, UPT, kampung post): where an employee is posted.
/// Units form a tree through <see cref="ParentCode"/>; the root (<c>PEMKAB-BERAU</c>) is headed by the Bupati as PPK.
/// Each unit has a head post (kepala unit), held by one employee or empty: who heads which unit decides who is whose
/// superior (<see cref="OrganisationChain"/>). A change of holder raises <see cref="UnitHeadChanged"/>.
/// </summary>
public sealed partial class Unit : AggregateRoot
{
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 200;
    public const int MaxDecreeLength = 100;

    private Unit() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? ParentCode { get; private set; }
    /// <summary>A front-line public-service unit (unit pelayanan publik), e.g. Disdukcapil's service counters.</summary>
    public bool FrontLine { get; private set; }
    /// <summary>The employee who holds the head post; null while it is empty.</summary>
    public string? HeadNip { get; private set; }
    /// <summary>
    /// The holder is a JF designated by SK PPK to lead a unit that has no structural head (PP 94/2021 authority rules:
    /// a designated JF Ahli Madya or Ahli Muda where there is no Administrator or Pengawas), not a structural official.
    /// </summary>
    public bool HeadDesignated { get; private set; }
    /// <summary>The SK of that designation.</summary>
    public string? HeadDesignationDecree { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Row version: two head appointments at once give one change and one event.</summary>
    public uint Version { get; private set; }

    public bool IsRoot => ParentCode is null;

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
    /// <paramref name="headLevel"/> is the level of the head post's holder: a unit the Bupati heads stays a root.
    public void Update(string name, string? parentCode, IReadOnlyCollection<string> newParentLineage, bool frontLine,
        PositionLevel? headLevel, DateTimeOffset now)
    {
        if (parentCode is not null && (parentCode == Code || newParentLineage.Contains(Code)))
            throw ValidationFailedException.For("parent_code",
                $"unit '{parentCode}' is {(parentCode == Code ? "the unit itself" : $"below {Code}")}; a unit cannot be its own ancestor");
        if (parentCode is not null && headLevel == PositionLevel.Bupati)
            throw ValidationFailedException.For("parent_code",
                $"unit {Code} is headed by the Bupati, who heads only a root unit; vacate its head post first");
        Name = name;
        ParentCode = parentCode;
        FrontLine = frontLine;
        UpdatedAt = now;
    }

    /// <summary>
    /// Appoints <paramref name="head"/> to the head post, or vacates it (null), and raises <see cref="UnitHeadChanged"/>
    /// when anything changes; the same holder on the same terms is no change and raises nothing. The post carries its
    /// holder's level. Refused (field names of SetUnitHeadRequest): an inactive employee; contract staff; a structural
    /// head who is not JPT_PRATAMA, ADMINISTRATOR or PENGAWAS, or the Bupati on a root unit; a designated head who is
    /// not a JF (FUNGSIONAL) or has no SK; an SK or designation without a head.
    /// </summary>
    public void SetHead(Employee? head, bool designated, string? designationDecree, DateTimeOffset now)
    {
        var v = new Validator();
        var decree = string.IsNullOrWhiteSpace(designationDecree) ? null : designationDecree.Trim();
        v.MaxLength("designation_decree", decree, MaxDecreeLength);
        if (head is null)
        {
            v.Check(!designated, "designated", "must be false when the post is vacated (no head_nip)");
            v.Check(decree is null, "designation_decree", "must be empty when the post is vacated (no head_nip)");
        }
        else
        {
            if (HeadMisfit(head, designated) is { } misfit) v.Add("head_nip", misfit);
            if (designated) v.Check(decree is not null, "designation_decree", "is required when the head is designated (the SK PPK)");
            else v.Check(decree is null, "designation_decree", "is only for a designated head (designated = true)");
        }
        v.ThrowIfInvalid();

        if (HeadNip == head?.Nip && HeadDesignated == designated && HeadDesignationDecree == decree) return;
        var previous = HeadNip;
        HeadNip = head?.Nip;
        HeadDesignated = designated;
        HeadDesignationDecree = decree;
        UpdatedAt = now;
        RaiseHeadChanged(previous, head?.PositionLevel, now);
    }

    /// <summary>
    /// Vacates the post because its holder no longer fits it (transferred away, inactive, another level): the next
    /// higher official acts meanwhile. Raises <see cref="UnitHeadChanged"/>; nothing when <paramref name="nip"/> does not
    /// hold the post.
    /// </summary>
    public void VacateIfHeldBy(string nip, DateTimeOffset now)
    {
        if (HeadNip != nip) return;
        HeadNip = null;
        HeadDesignated = false;
        HeadDesignationDecree = null;
        UpdatedAt = now;
        RaiseHeadChanged(nip, null, now);
    }

    /// <summary>Why <paramref name="head"/> cannot hold this unit's head post (as designated or not), or null.</summary>
    public string? HeadMisfit(Employee head, bool designated)
    {
        var who = $"{head.Nip} ({head.Name})";
        if (!head.IsActive) return $"employee {who} is inactive and cannot head a unit";
        if (head.EmploymentType == EmploymentType.Contract)
            return $"{who} is contract staff (tenaga kontrak), who cannot head a unit";
        var level = head.PositionLevel;
        if (designated)
            return level == PositionLevel.Fungsional ? null
                : $"{who} is {LevelWord(level)}; only a JF (FUNGSIONAL) is designated to lead a unit";
        return level switch
        {
            PositionLevel.JptPratama or PositionLevel.Administrator or PositionLevel.Pengawas => null,
            PositionLevel.Bupati => IsRoot ? null
                : $"{who} is the Bupati, who heads only a root unit; {Code} is under {ParentCode}",
            PositionLevel.Fungsional =>
                $"{who} is a JF (FUNGSIONAL), who leads a unit only when designated by SK PPK (designated = true)",
            _ => $"{who} is {LevelWord(level)}; a unit's head is JPT_PRATAMA, ADMINISTRATOR or PENGAWAS " +
                 "(or the Bupati on the root unit)",
        };
    }

    private static string LevelWord(PositionLevel? level) => level switch
    {
        null => "of no position level",
        PositionLevel.JptPratama => "JPT_PRATAMA",
        { } l => l.ToString().ToUpperInvariant(),
    };

    private void RaiseHeadChanged(string? previous, PositionLevel? level, DateTimeOffset now) => Raise(new UnitHeadChanged
    {
        EventId = Ids.New(now),
        OccurredAt = now,
        UnitCode = Code,
        // The new head, or the one who left when the post fell vacant: each event has a subject.
        SubjectNip = HeadNip ?? previous ?? "",
        HeadNip = HeadNip,
        PreviousHeadNip = previous,
        PositionLevel = level?.ToString(),
        Designated = HeadDesignated,
    });

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
