using System.ComponentModel.DataAnnotations;
using Validator = Berau.Disiplin.Primitives.Validator;
using System.Text.RegularExpressions;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Units;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>
/// An employee as RegisterEmployee or one CSV row gives it: trimmed and normalised, not yet checked
/// (<see cref="EmployeeRules.Check"/>). A null <see cref="EmploymentType"/> is one the request did not name.
/// </summary>
public sealed record EmployeeDraft(
    string Nip,
    string Name,
    EmploymentType? EmploymentType,
    string UnitCode,
    string Position,
    PositionLevel? PositionLevel);

/// <summary>An employee to register that <see cref="EmployeeRules.Check"/> has accepted.</summary>
public sealed record NewEmployee(
    string Nip,
    string Name,
    EmploymentType EmploymentType,
    string UnitCode,
    string Position,
    PositionLevel? PositionLevel)
{
    public EmployeeDraft AsDraft() => new(Nip, Name, EmploymentType, UnitCode, Position, PositionLevel);
}

/// <summary>Configuration section <c>Employees</c>.</summary>
public sealed class EmployeeOptions
{
    public const string Section = "Employees";

    /// <summary>
    /// Pattern of contract staff registry numbers, applied after upper-casing. No national format exists; set the
    /// regency's own when it is known.
    /// </summary>
    [Required] public string ContractNumberPattern { get; set; } = "^[A-Z0-9-]{3,30}$";
    [Required] public string ContractNumberDescription { get; set; } = "3–30 letters, digits or dashes";
}

/// <summary>
/// The one validation of a new employee, shared by RegisterEmployee and the CSV import, so that a row the import
/// accepts is exactly a request RegisterEmployee would accept. Field names are the proto's (and the CSV header's).
/// </summary>
public sealed class EmployeeRules(IOptions<EmployeeOptions> options)
{
    private readonly Regex _contractNumber = new(options.Value.ContractNumberPattern, RegexOptions.CultureInvariant);

    /// <summary>
    /// Records every violation of <paramref name="e"/> in <paramref name="v"/>; returns the employee to register when
    /// <paramref name="v"/> holds none (the caller's own included), otherwise null.
    /// </summary>
    public NewEmployee? Check(Validator v, EmployeeDraft e, Func<string, bool> unitExists, DateOnly today)
    {
        if (e.Nip.Length == 0) v.Add("nip", "is required");
        else if (e.EmploymentType is { } type && CheckIdentifier(type, e.Nip, today) is { } reason) v.Add("nip", reason);

        v.Required("name", e.Name).MaxLength("name", e.Name, Employee.MaxNameLength);
        if (e.EmploymentType is null) v.Add("employment_type", "must be PNS, PPPK, CONTRACT or OFFICIAL");

        var unitErrors = v.Violations.Count;
        Unit.ValidateCode(v, "unit_code", e.UnitCode);
        if (v.Violations.Count == unitErrors && !unitExists(e.UnitCode)) v.Add("unit_code", Unit.DoesNotExist(e.UnitCode));

        v.Required("position", e.Position).MaxLength("position", e.Position, Employee.MaxPositionLength);
        // ASN hold a position of a level (it decides who may sanction them); contract staff may have none; the
        // Bupati holds BUPATI and nobody else does.
        if (v.Violations.All(x => x.Field != "position_level"))
        {
            if (e.PositionLevel is null && e.EmploymentType is EmploymentType.Pns or EmploymentType.Pppk)
                v.Add("position_level", "is required for ASN (PNS, PPPK)");
            else if (e.PositionLevel is null && e.EmploymentType is EmploymentType.Official)
                v.Add("position_level", "must be BUPATI for an OFFICIAL");
            else if (e.PositionLevel is { } level && e.EmploymentType is { } type && LevelMisfit(type, level) is { } misfit)
                v.Add("position_level", misfit);
        }

        return v.IsValid && e.EmploymentType is { } employmentType
            ? new NewEmployee(e.Nip, e.Name, employmentType, e.UnitCode, e.Position, e.PositionLevel)
            : null;
    }

    /// <summary>
    /// An official (the Bupati) has no NIP: a registry number of the same configured pattern as contract staff's,
    /// e.g. <c>BUPATI-BERAU-2025</c>.
    /// </summary>
    public string? CheckIdentifier(EmploymentType type, string nip, DateOnly today) => type switch
    {
        EmploymentType.Pns => Nip.CheckPns(nip, today),
        EmploymentType.Pppk => Nip.CheckPppk(nip, today),
        EmploymentType.Official => Nip.CheckRegistryNumber(nip, _contractNumber, options.Value.ContractNumberDescription,
            "an official's registry number"),
        _ => Nip.CheckRegistryNumber(nip, _contractNumber, options.Value.ContractNumberDescription,
            "a contract staff registry number"),
    };

    /// <summary>
    /// Why <paramref name="level"/> cannot go with <paramref name="type"/>, or null: BUPATI is the level of the Bupati as
    /// PPK, an OFFICIAL, and an OFFICIAL holds no ASN position level.
    /// </summary>
    public static string? LevelMisfit(EmploymentType type, PositionLevel level) => (type, level) switch
    {
        (EmploymentType.Official, not PositionLevel.Bupati) => "must be BUPATI for an OFFICIAL",
        (not EmploymentType.Official, PositionLevel.Bupati) => "BUPATI is held only by an OFFICIAL (the Bupati as PPK)",
        _ => null,
    };

    /// <summary>
    /// PNS, PPPK, CONTRACT (or KONTRAK, HONORER), OFFICIAL, case-insensitive, with or without the proto prefix. Not
    /// "PEJABAT": in an HR file that word also names a Kepala Dinas, who is a PNS.
    /// </summary>
    public static EmploymentType? ParseEmploymentType(string? text) =>
        Upper(text, "EMPLOYMENT_TYPE_") switch
        {
            "PNS" or "CPNS" => EmploymentType.Pns,
            "PPPK" => EmploymentType.Pppk,
            "CONTRACT" or "KONTRAK" or "TENAGA_KONTRAK" or "HONORER" => EmploymentType.Contract,
            "OFFICIAL" => EmploymentType.Official,
            _ => null,
        };

    public const string PositionLevelWords = "JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL or BUPATI";

    /// <summary>JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL, BUPATI; empty is none. Words only, never numbers.</summary>
    public static bool TryParsePositionLevel(string? text, out PositionLevel? level)
    {
        level = Upper(text, "POSITION_LEVEL_") switch
        {
            "JPT_PRATAMA" => PositionLevel.JptPratama,
            "ADMINISTRATOR" => PositionLevel.Administrator,
            "PENGAWAS" => PositionLevel.Pengawas,
            "PELAKSANA" => PositionLevel.Pelaksana,
            "FUNGSIONAL" => PositionLevel.Fungsional,
            "BUPATI" => PositionLevel.Bupati,
            _ => null,
        };
        return level is not null || string.IsNullOrWhiteSpace(text);
    }

    private static string Upper(string? text, string prefix)
    {
        var upper = (text ?? "").Trim().ToUpperInvariant().Replace(' ', '_');
        return upper.StartsWith(prefix, StringComparison.Ordinal) ? upper[prefix.Length..] : upper;
    }
}
