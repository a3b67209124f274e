using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NotificationTarget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A stored link cannot say what it pointed at, and the portal has not been deployed: the notices go.
            migrationBuilder.Sql("DELETE FROM notifications;");

            migrationBuilder.DropColumn(
                name: "link",
                table: "notifications");

            migrationBuilder.AddColumn<Guid>(
                name: "target_id",
                table: "notifications",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "target_kind",
                table: "notifications",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "target_id",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "target_kind",
                table: "notifications");

            migrationBuilder.AddColumn<string>(
                name: "link",
                table: "notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }
    }
}
