using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berau.Disiplin.Personnel.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EmployeesWorkingTimeAccountsTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "employees",
                columns: table => new
                {
                    nip = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    search_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    employment_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    position_level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employees", x => x.nip);
                    table.ForeignKey(
                        name: "fk_employees_units_unit_code",
                        column: x => x.unit_code,
                        principalTable: "units",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "holidays",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    collective_leave = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_holidays", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "official_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    platform = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    handle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    valid_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    valid_to = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_official_accounts", x => x.id);
                    table.ForeignKey(
                        name: "fk_official_accounts_units_unit_code",
                        column: x => x.unit_code,
                        principalTable: "units",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_schedules",
                columns: table => new
                {
                    scope = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    days = table.Column<string>(type: "jsonb", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_schedules", x => x.scope);
                });

            migrationBuilder.CreateTable(
                name: "leaves",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    nip = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_day = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leaves", x => x.id);
                    table.ForeignKey(
                        name: "fk_leaves_employees_nip",
                        column: x => x.nip,
                        principalTable: "employees",
                        principalColumn: "nip",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "transfers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    nip = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    from_unit_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    to_unit_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    from_position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    to_position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decree_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transfers", x => x.id);
                    table.ForeignKey(
                        name: "fk_transfers_employees_nip",
                        column: x => x.nip,
                        principalTable: "employees",
                        principalColumn: "nip",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_employees_search_name_nip",
                table: "employees",
                columns: new[] { "search_name", "nip" });

            migrationBuilder.CreateIndex(
                name: "ix_employees_unit_code_search_name_nip",
                table: "employees",
                columns: new[] { "unit_code", "search_name", "nip" });

            migrationBuilder.CreateIndex(
                name: "ix_leaves_nip_first_day",
                table: "leaves",
                columns: new[] { "nip", "first_day" });

            migrationBuilder.CreateIndex(
                name: "ix_official_accounts_platform_handle",
                table: "official_accounts",
                columns: new[] { "platform", "handle" });

            migrationBuilder.CreateIndex(
                name: "ix_official_accounts_unit_code",
                table: "official_accounts",
                column: "unit_code");

            migrationBuilder.CreateIndex(
                name: "ix_transfers_case_id",
                table: "transfers",
                column: "case_id",
                filter: "case_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_transfers_nip_recorded_at",
                table: "transfers",
                columns: new[] { "nip", "recorded_at" });

            // The regency default week (Perpres 21/2023; see RegencyDefaultWeek for what is unverified) as data, which
            // HR changes with SetWorkSchedule and an empty unit code. Frozen here: later changes are data, not code.
            migrationBuilder.Sql("""
                INSERT INTO work_schedules (scope, days, updated_at)
                VALUES ('*', '[{"day":"Monday","start":"07:30:00","end":"16:00:00","breakStart":"12:00:00","breakEnd":"13:00:00"},{"day":"Tuesday","start":"07:30:00","end":"16:00:00","breakStart":"12:00:00","breakEnd":"13:00:00"},{"day":"Wednesday","start":"07:30:00","end":"16:00:00","breakStart":"12:00:00","breakEnd":"13:00:00"},{"day":"Thursday","start":"07:30:00","end":"16:00:00","breakStart":"12:00:00","breakEnd":"13:00:00"},{"day":"Friday","start":"07:30:00","end":"16:30:00","breakStart":"11:30:00","breakEnd":"13:00:00"}]'::jsonb, now())
                ON CONFLICT (scope) DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "holidays");

            migrationBuilder.DropTable(
                name: "leaves");

            migrationBuilder.DropTable(
                name: "official_accounts");

            migrationBuilder.DropTable(
                name: "transfers");

            migrationBuilder.DropTable(
                name: "work_schedules");

            migrationBuilder.DropTable(
                name: "employees");
        }
    }
}
