using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Berau.Disiplin.Discipline.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_nip = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    unit_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    incident_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    aggravating_facts = table.Column<List<string>>(type: "text[]", nullable: false),
                    impact = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    employment_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    position_level = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    front_line = table.Column<bool>(type: "boolean", nullable: false),
                    absence_days_this_year = table.Column<int>(type: "integer", nullable: false),
                    consecutive_absence_days = table.Column<int>(type: "integer", nullable: false),
                    verified_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    bap_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    trace_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    policy_version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    proposed_code = table.Column<string>(type: "text", nullable: true),
                    proposed_name = table.Column<string>(type: "text", nullable: true),
                    proposed_level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    rule_id = table.Column<string>(type: "text", nullable: true),
                    article = table.Column<string>(type: "text", nullable: true),
                    explanation = table.Column<string>(type: "text", nullable: true),
                    requires_official_decision = table.Column<bool>(type: "boolean", nullable: false),
                    transfer_recommended = table.Column<bool>(type: "boolean", nullable: false),
                    transfer_recommendation_reason = table.Column<string>(type: "text", nullable: true),
                    sanction_code = table.Column<string>(type: "text", nullable: true),
                    sanction_name = table.Column<string>(type: "text", nullable: true),
                    sanction_level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    sanction_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    letter_number = table.Column<string>(type: "text", nullable: true),
                    decided_by = table.Column<string>(type: "text", nullable: true),
                    decided_by_level = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivery_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: true),
                    objection_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    sanction_rule_id = table.Column<string>(type: "text", nullable: true),
                    sanction_explanation = table.Column<string>(type: "text", nullable: true),
                    sanction_final_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    transfer_status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    transfer_to_unit_code = table.Column<string>(type: "text", nullable: true),
                    transfer_to_position = table.Column<string>(type: "text", nullable: true),
                    transfer_decree_number = table.Column<string>(type: "text", nullable: true),
                    transfer_effective_date = table.Column<DateOnly>(type: "date", nullable: true),
                    transfer_reason = table.Column<string>(type: "text", nullable: true),
                    transfer_ordered_by = table.Column<string>(type: "text", nullable: true),
                    transfer_rejection_reason = table.Column<string>(type: "text", nullable: true),
                    objection_id = table.Column<Guid>(type: "uuid", nullable: true),
                    objection_reason = table.Column<string>(type: "text", nullable: true),
                    objection_filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    objection_outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    objection_decision_reason = table.Column<string>(type: "text", nullable: true),
                    objection_decided_by = table.Column<string>(type: "text", nullable: true),
                    objection_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                });

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
                name: "letter_sequences",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    next = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_letter_sequences", x => x.year);
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
                name: "policy_versions",
                columns: table => new
                {
                    version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    document = table.Column<string>(type: "text", nullable: false),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_versions", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "case_timeline",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    trace_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_timeline", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_timeline_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_timeline_case_id_sequence",
                table: "case_timeline",
                columns: new[] { "case_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_report_id",
                table: "cases",
                column: "report_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_status_opened_at",
                table: "cases",
                columns: new[] { "status", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_subject_nip_category",
                table: "cases",
                columns: new[] { "subject_nip", "category" });

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
                name: "ix_policy_versions_effective_from",
                table: "policy_versions",
                column: "effective_from",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_timeline");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "letter_sequences");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "policy_versions");

            migrationBuilder.DropTable(
                name: "cases");
        }
    }
}
