using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berau.Disiplin.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SubmitRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "submit_requests",
                columns: table => new
                {
                    caller = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submit_requests", x => new { x.caller, x.request_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_submit_requests_received_at",
                table: "submit_requests",
                column: "received_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "submit_requests");
        }
    }
}
