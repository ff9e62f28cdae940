using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>The decree fields <c>ApproveTransfer</c> and <c>OrderTransfer</c> share, checked the same way.</summary>
internal static class TransferDecreeFields
{
    /// <summary>Checks every field in <paramref name="v"/>; what it returns is used only once the validator passes.</summary>
    public static TransferDecree Read(Validator v, string unitCode, string position, string decree, string effectiveDate)
    {
        var unit = unitCode.Trim().ToUpperInvariant();
        v.Required("to_unit_code", unit).MaxLength("to_unit_code", unit, 50);
        v.Required("to_position", position).MaxLength("to_position", position, 200);
        v.Required("decree_number", decree).MaxLength("decree_number", decree, 100);
        v.Check(Wita.TryParseIso(effectiveDate.Trim(), out var effective), "effective_date", "must be a date as yyyy-MM-dd");
        return new TransferDecree(unit, position.Trim(), decree.Trim(), effective);
    }
}
