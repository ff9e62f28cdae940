using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berau.Disiplin.Discipline.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Hearing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_letter_sequences",
                table: "letter_sequences");

            migrationBuilder.DropIndex(
                name: "ix_cases_pending_warning",
                table: "cases");

            // The automatic warning is gone: a warning that waited for Personnel's calendar now waits for the hearing.
            migrationBuilder.DropColumn(
                name: "pending_warning_by",
                table: "cases");

            migrationBuilder.AddColumn<string>(
                name: "decided_by_position",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // The existing running numbers are those of decision letters; summons letters start their own.
            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "letter_sequences",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "decision");

            migrationBuilder.AddColumn<string>(
                name: "basis_bap_number",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decided_by_name",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decided_by_nip",
                table: "cases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decided_by_official_level",
                table: "cases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decided_by_unit_code",
                table: "cases",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivery_method",
                table: "cases",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            // Cases opened before the hearing existed have heard nobody: an empty hearing, no joined reports.
            migrationBuilder.AddColumn<string>(
                name: "hearing",
                table: "cases",
                type: "jsonb",
                nullable: false,
                defaultValue: EmptyHearing);

            migrationBuilder.AddColumn<string>(
                name: "joined_reports",
                table: "cases",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "received_on",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "transfer_ground",
                table: "cases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_letter_sequences",
                table: "letter_sequences",
                columns: new[] { "year", "kind" });

            // A case that waited for its sanction before the hearing existed was never heard: PP 94/2021 Pasal 27(1)
            // requires the examination first, so it goes back to the summons, with what the proposal expects.
            migrationBuilder.Sql("""
                UPDATE cases
                SET status = 'AwaitingSummons',
                    hearing = jsonb_set(jsonb_set(hearing, '{ExpectedLevel}',
                        CASE proposed_level WHEN 'Ringan' THEN '1' WHEN 'Sedang' THEN '2' WHEN 'Berat' THEN '3' ELSE 'null' END::jsonb),
                        '{TeamRequired}', to_jsonb(proposed_level = 'Berat'))
                WHERE status = 'Open' AND sanction_code IS NULL;
                """);

            // A sanction decided before delivery was recorded had its dates counted from its decision day, as if it
            // were received that day: it keeps them, received that day (how is not known).
            migrationBuilder.Sql("""
                UPDATE cases SET received_on = (decided_at AT TIME ZONE 'Asia/Makassar')::date
                WHERE sanction_code IS NOT NULL AND received_on IS NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_cases_one_undecided_per_subject",
                table: "cases",
                column: "subject_nip",
                unique: true,
                filter: "status IN ('AwaitingSummons', 'Summoned', 'Open')");
        }

        private const string EmptyHearing =
            """{"AtasanLangsung": null, "DecidedOnEvidence": false, "DecisionOfficial": null, "Examination": null, "ExpectedLevel": null, "Suspension": null, "SummonsDue": null, "SummonsOverdue": false, "Summonses": [], "Team": null, "TeamRequired": false}""";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Letters of other kinds than decisions would clash on the old key; the old states knew no hearing.
            migrationBuilder.Sql("DELETE FROM letter_sequences WHERE kind <> 'decision';");
            migrationBuilder.Sql("UPDATE cases SET status = 'Open' WHERE status IN ('AwaitingSummons', 'Summoned');");

            migrationBuilder.DropPrimaryKey(
                name: "pk_letter_sequences",
                table: "letter_sequences");

            migrationBuilder.DropIndex(
                name: "ix_cases_one_undecided_per_subject",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "letter_sequences");

            migrationBuilder.DropColumn(
                name: "basis_bap_number",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "decided_by_name",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "decided_by_nip",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "decided_by_official_level",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "decided_by_unit_code",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "delivery_method",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "hearing",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "joined_reports",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "received_on",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "transfer_ground",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "decided_by_position",
                table: "cases");

            migrationBuilder.AddColumn<string>(
                name: "pending_warning_by",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_letter_sequences",
                table: "letter_sequences",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_cases_pending_warning",
                table: "cases",
                column: "opened_at",
                filter: "pending_warning_by IS NOT NULL");
        }
    }
}
