using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Berau.Disiplin.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    destination = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tracking_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_nip = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    subject_unit_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    incident_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    incident_utc_offset_minutes = table.Column<int>(type: "integer", nullable: false),
                    location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    platform = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    account = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    account_normalized = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    links = table.Column<List<string>>(type: "text[]", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    reporter_anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    reporter_identity = table.Column<byte[]>(type: "bytea", nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    duplicate_of = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    triage_outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    triage_explanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    duty_status = table.Column<string>(type: "text", nullable: true),
                    official_account_unit = table.Column<string>(type: "text", nullable: true),
                    triage_completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    triage_attempts = table.Column<int>(type: "integer", nullable: false),
                    triage_next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    subject_employment_type = table.Column<string>(type: "text", nullable: true),
                    subject_position_level = table.Column<string>(type: "text", nullable: true),
                    subject_front_line = table.Column<bool>(type: "boolean", nullable: false),
                    verification_due = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    assigned_verifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    bap_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    aggravating_facts = table.Column<string[]>(type: "text[]", nullable: false),
                    impact = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    absence_days_this_year = table.Column<int>(type: "integer", nullable: false),
                    consecutive_absence_days = table.Column<int>(type: "integer", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dismissal_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_evidence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content = table.Column<byte[]>(type: "bytea", nullable: true),
                    size = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_evidence_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_received_at",
                table: "inbox_messages",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "sequence",
                filter: "published_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_published_at",
                table: "outbox_messages",
                column: "published_at",
                filter: "published_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_report_evidence_report_id",
                table: "report_evidence",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_reports_status_submitted_at",
                table: "reports",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_subject_nip_category_incident_at",
                table: "reports",
                columns: new[] { "subject_nip", "category", "incident_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_submitted_at_id",
                table: "reports",
                columns: new[] { "submitted_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_tracking_code",
                table: "reports",
                column: "tracking_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_triage_next_attempt_at",
                table: "reports",
                column: "triage_next_attempt_at",
                filter: "triage_outcome = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "report_evidence");

            migrationBuilder.DropTable(
                name: "reports");
        }
    }
}
