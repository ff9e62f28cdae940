using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berau.Disiplin.Discipline.Persistence.Migrations
{
    /// <summary>
    /// The case's facts, proposal, sanction, transfer and objection become value objects with the policy's own enums,
    /// on the columns they had. What changes is the spelling of some stored values: the impact in the policy's words
    /// (UnitKerja, Instansi, Negara instead of Reporting's Unit, Institution, State), and levels and employment types
    /// as enum names (anything that names none becomes unknown, which is how the old code read it).
    /// </summary>
    public partial class TypedCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE cases SET impact = CASE impact WHEN 'Institution' THEN 'Instansi' WHEN 'State' THEN 'Negara' ELSE 'UnitKerja' END
                WHERE impact NOT IN ('UnitKerja', 'Instansi', 'Negara');
                UPDATE cases SET position_level = CASE upper(replace(position_level, '_', ''))
                    WHEN 'JPTPRATAMA' THEN 'JptPratama' WHEN 'ADMINISTRATOR' THEN 'Administrator' WHEN 'PENGAWAS' THEN 'Pengawas'
                    WHEN 'PELAKSANA' THEN 'Pelaksana' WHEN 'FUNGSIONAL' THEN 'Fungsional' END
                WHERE position_level IS NOT NULL;
                UPDATE cases SET decided_by_level = CASE upper(replace(decided_by_level, '_', ''))
                    WHEN 'JPTPRATAMA' THEN 'JptPratama' WHEN 'ADMINISTRATOR' THEN 'Administrator' WHEN 'PENGAWAS' THEN 'Pengawas'
                    WHEN 'PELAKSANA' THEN 'Pelaksana' WHEN 'FUNGSIONAL' THEN 'Fungsional' WHEN 'BUPATI' THEN 'Bupati' END
                WHERE decided_by_level IS NOT NULL;
                UPDATE cases SET employment_type = CASE upper(employment_type)
                    WHEN 'PNS' THEN 'Pns' WHEN 'PPPK' THEN 'Pppk' WHEN 'CONTRACT' THEN 'Contract' END
                WHERE employment_type IS NOT NULL;
                UPDATE cases SET explanation = '' WHERE explanation IS NULL;
                """);
            migrationBuilder.AlterColumn<string>(
                name: "explanation",
                table: "cases",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE cases SET impact = CASE impact WHEN 'Instansi' THEN 'Institution' WHEN 'Negara' THEN 'State' ELSE 'Unit' END;
                """);
            migrationBuilder.AlterColumn<string>(
                name: "explanation",
                table: "cases",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");
        }
    }
}
