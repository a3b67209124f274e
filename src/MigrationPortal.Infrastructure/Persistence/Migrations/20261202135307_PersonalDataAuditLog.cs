using System.Net;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PersonalDataAuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_personal_data_accesses_citizen_id_at",
                table: "personal_data_accesses");

            migrationBuilder.DropIndex(
                name: "ix_personal_data_accesses_viewer_id_at",
                table: "personal_data_accesses");

            migrationBuilder.AddColumn<IPAddress>(
                name: "client_address",
                table: "personal_data_accesses",
                type: "inet",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_accesses_action_at_id",
                table: "personal_data_accesses",
                columns: new[] { "action", "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_accesses_at_id",
                table: "personal_data_accesses",
                columns: new[] { "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_accesses_citizen_id_at_id",
                table: "personal_data_accesses",
                columns: new[] { "citizen_id", "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_accesses_viewer_id_at_id",
                table: "personal_data_accesses",
                columns: new[] { "viewer_id", "at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_personal_data_accesses_action_at_id",
                table: "personal_data_accesses");

            migrationBuilder.DropIndex(
                name: "ix_personal_data_accesses_at_id",
                table: "personal_data_accesses");

            migrationBuilder.DropIndex(
                name: "ix_personal_data_accesses_citizen_id_at_id",
                table: "personal_data_accesses");

            migrationBuilder.DropIndex(
                name: "ix_personal_data_accesses_viewer_id_at_id",
                table: "personal_data_accesses");

            migrationBuilder.DropColumn(
                name: "client_address",
                table: "personal_data_accesses");

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_accesses_citizen_id_at",
                table: "personal_data_accesses",
                columns: new[] { "citizen_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_accesses_viewer_id_at",
                table: "personal_data_accesses",
                columns: new[] { "viewer_id", "at" });
        }
    }
}
