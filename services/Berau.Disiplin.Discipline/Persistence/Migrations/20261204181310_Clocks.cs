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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "dates_provisional",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "dates_unconfigured_years",
                table: "cases");
        }
    }
}
