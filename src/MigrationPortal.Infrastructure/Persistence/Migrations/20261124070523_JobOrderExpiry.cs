using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JobOrderExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_job_orders_open_deadline",
                table: "job_orders",
                columns: new[] { "application_deadline", "id" },
                filter: "status IN ('Published', 'Paused')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_job_orders_open_deadline",
                table: "job_orders");
        }
    }
}
