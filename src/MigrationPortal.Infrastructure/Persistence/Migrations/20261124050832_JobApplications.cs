using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JobApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "selected_positions",
                table: "job_orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "job_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    citizen_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    shortlist_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    shortlisted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    contract_monthly_wage = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    contract_currency_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    contract_hours_per_week = table.Column<int>(type: "integer", nullable: true),
                    contract_months = table.Column<int>(type: "integer", nullable: true),
                    contract_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    deviation_approved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    deviation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    arrived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_job_applications_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_applications_job_orders_job_order_id",
                        column: x => x.job_order_id,
                        principalTable: "job_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_citizen_id",
                table: "job_applications",
                column: "citizen_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_citizen_id_job_order_id",
                table: "job_applications",
                columns: new[] { "citizen_id", "job_order_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_employer_id_job_order_id_status",
                table: "job_applications",
                columns: new[] { "employer_id", "job_order_id", "status" },
                filter: "shortlisted_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_job_order_id_status_submitted_at",
                table: "job_applications",
                columns: new[] { "job_order_id", "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_status_submitted_at_id",
                table: "job_applications",
                columns: new[] { "status", "submitted_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_applications");

            migrationBuilder.DropColumn(
                name: "selected_positions",
                table: "job_orders");
        }
    }
}
