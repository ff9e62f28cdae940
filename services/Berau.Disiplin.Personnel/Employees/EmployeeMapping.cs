using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>Employees between the API's messages and the domain. Proto enums share the domain's numbers.</summary>
public static class EmployeeMapping
{
    public static Proto.Employee ToMessage(EmployeeWithUnit found)
    {
        var (e, unit) = (found.Employee, found.Unit);
        return new Proto.Employee
        {
            Nip = e.Nip,
            Name = e.Name,
            EmploymentType = TypeOf(e.EmploymentType),
            UnitCode = e.UnitCode,
            UnitName = unit.Name,
            Position = e.Position,
            PositionLevel = LevelOf(e.PositionLevel),
            Status = e.Status == EmployeeStatus.Active ? Proto.EmployeeStatus.Active : Proto.EmployeeStatus.Inactive,
            UnitFrontLine = unit.FrontLine,
        };
    }

    /// <summary>The proto's level: the same numbers as the domain's; none is unspecified.</summary>
    public static Proto.PositionLevel LevelOf(PositionLevel? level) =>
        level is { } l ? (Proto.PositionLevel)(int)l : Proto.PositionLevel.Unspecified;

    public static Proto.EmploymentType TypeOf(EmploymentType type) => type switch
    {
        EmploymentType.Pns => Proto.EmploymentType.Pns,
        EmploymentType.Pppk => Proto.EmploymentType.Pppk,
        EmploymentType.Contract => Proto.EmploymentType.Contract,
        EmploymentType.Official => Proto.EmploymentType.Official,
        _ => Proto.EmploymentType.Unspecified,
    };

    /// <summary>Unspecified or unknown is null: <see cref="EmployeeRules"/> names the field.</summary>
    public static EmploymentType? TypeOf(Proto.EmploymentType type) => type switch
    {
        Proto.EmploymentType.Pns => EmploymentType.Pns,
        Proto.EmploymentType.Pppk => EmploymentType.Pppk,
        Proto.EmploymentType.Contract => EmploymentType.Contract,
        Proto.EmploymentType.Official => EmploymentType.Official,
        _ => null,
    };

    /// <summary>Unspecified is none; a number the proto does not define is a violation.</summary>
    public static PositionLevel? LevelOf(Validator v, Proto.PositionLevel level)
    {
        if (level == Proto.PositionLevel.Unspecified) return null;
        if (Enum.IsDefined(level)) return (PositionLevel)(int)level;
        v.Add("position_level", "must be one of the position levels");
        return null;
    }

    /// <summary>Unspecified is none (keep the status); a number the proto does not define is a violation.</summary>
    public static EmployeeStatus? StatusOf(Validator v, Proto.EmployeeStatus status)
    {
        switch (status)
        {
            case Proto.EmployeeStatus.Unspecified: return null;
            case Proto.EmployeeStatus.Active: return EmployeeStatus.Active;
            case Proto.EmployeeStatus.Inactive: return EmployeeStatus.Inactive;
            default:
                v.Add("status", "must be ACTIVE or INACTIVE");
                return null;
        }
    }
}
