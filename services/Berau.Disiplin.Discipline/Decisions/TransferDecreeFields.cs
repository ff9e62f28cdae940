using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>The decree fields <c>ApproveTransfer</c> and <c>OrderTransfer</c> share, checked the same way.</summary>
internal static class TransferDecreeFields
{
    /// <summary>Checks every field in <paramref name="v"/>; what it returns is used only once the validator passes.</summary>
    public static TransferDecree Read(Validator v, string unitCode, string position, string decree, string effectiveDate,
        Proto.TransferGround ground, string reason)
    {
        var unit = unitCode.Trim().ToUpperInvariant();
        v.Required("to_unit_code", unit).MaxLength("to_unit_code", unit, 50);
        v.Required("to_position", position).MaxLength("to_position", position, 200);
        v.Required("decree_number", decree).MaxLength("decree_number", decree, 100);
        var effective = v.RequiredDate("effective_date", effectiveDate);
        var groundOf = GroundOf(ground);
        v.Check(groundOf is not null, "ground",
            "is required: ORGANISATIONAL_NEED, CAREER_DEVELOPMENT, COMPETENCE, JOB_REQUIREMENTS or CONFLICT_OF_INTEREST " +
            "(PP 11/2017 Pasal 190); the offence is never the ground of a mutasi");
        var why = v.RequiredText("reason", reason, 2000);
        return new TransferDecree(unit, position.Trim(), decree.Trim(), effective, groundOf ?? default, why);
    }

    private static TransferGround? GroundOf(Proto.TransferGround ground) => ground switch
    {
        Proto.TransferGround.OrganisationalNeed => TransferGround.OrganisationalNeed,
        Proto.TransferGround.CareerDevelopment => TransferGround.CareerDevelopment,
        Proto.TransferGround.Competence => TransferGround.Competence,
        Proto.TransferGround.JobRequirements => TransferGround.JobRequirements,
        Proto.TransferGround.ConflictOfInterest => TransferGround.ConflictOfInterest,
        _ => null,
    };
}
