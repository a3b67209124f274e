using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VacancyFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_orders_language_code",
                table: "job_orders");

            migrationBuilder.DropIndex(
                name: "ix_job_orders_occupation_code",
                table: "job_orders");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_published_housing",
                table: "job_orders",
                columns: new[] { "published_at", "id" },
                filter: "status = 'Published' AND housing_provided");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_published_language",
                table: "job_orders",
                columns: new[] { "language_code", "published_at", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_published_occupation",
                table: "job_orders",
                columns: new[] { "occupation_code", "published_at", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_published_program",
                table: "job_orders",
                columns: new[] { "program", "published_at", "id" },
                filter: "status = 'Published'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_orders_published_housing",
                table: "job_orders");

            migrationBuilder.DropIndex(
                name: "ix_job_orders_published_language",
                table: "job_orders");

            migrationBuilder.DropIndex(
                name: "ix_job_orders_published_occupation",
                table: "job_orders");

            migrationBuilder.DropIndex(
                name: "ix_job_orders_published_program",
                table: "job_orders");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_language_code",
                table: "job_orders",
                column: "language_code");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_occupation_code",
                table: "job_orders",
                column: "occupation_code");
        }
    }
}
