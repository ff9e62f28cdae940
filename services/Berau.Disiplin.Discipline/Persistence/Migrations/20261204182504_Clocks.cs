using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berau.Disiplin.Discipline.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Clocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "dates_provisional",
                table: "cases",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "dates_unconfigured_years",
                table: "cases",
                type: "integer[]",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_clocks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    duration_months = table.Column<int>(type: "integer", nullable: true),
                    fired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_clocks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_clocks_case_id_kind",
                table: "case_clocks",
                columns: new[] { "case_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_clocks_due_on",
                table: "case_clocks",
                column: "due_on",
                filter: "fired_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_clocks");

            migrationBuilder.DropColumn(
                name: "dates_provisional",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "dates_unconfigured_years",
                table: "cases");
        }
    }
}
