using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berau.Disiplin.Personnel.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UnitHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "head_designated",
                table: "units",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "head_designation_decree",
                table: "units",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "head_nip",
                table: "units",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "units",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateIndex(
                name: "ix_units_head_nip",
                table: "units",
                column: "head_nip",
                filter: "head_nip IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_units_employees_head_nip",
                table: "units",
                column: "head_nip",
                principalTable: "employees",
                principalColumn: "nip",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_units_employees_head_nip",
                table: "units");

            migrationBuilder.DropIndex(
                name: "ix_units_head_nip",
                table: "units");

            migrationBuilder.DropColumn(
                name: "head_designated",
                table: "units");

            migrationBuilder.DropColumn(
                name: "head_designation_decree",
                table: "units");

            migrationBuilder.DropColumn(
                name: "head_nip",
                table: "units");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "units");
        }
    }
}
