using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berau.Disiplin.Personnel.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HolidayYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "holiday_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_holiday_years", x => x.year);
                });

            // A year that already holds holidays was set before this table existed. (A year set to an empty list
            // before it left no trace and stays unset: set it again.)
            migrationBuilder.Sql("""
                INSERT INTO holiday_years (year, set_at)
                SELECT DISTINCT CAST(EXTRACT(YEAR FROM date) AS integer), now() FROM holidays
                ON CONFLICT (year) DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "holiday_years");
        }
    }
}
