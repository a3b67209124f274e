using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JobOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "city",
                table: "employers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "employers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sector",
                table: "employers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "website",
                table: "employers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "employer_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    caption = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employer_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_employer_photos_employers_organization_id",
                        column: x => x.organization_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchange_rates",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    currency_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    usd_per_unit = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchange_rates", x => x.id);
                    table.ForeignKey(
                        name: "fk_exchange_rates_currencies_currency_code",
                        column: x => x.currency_code,
                        principalTable: "currencies",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "job_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    occupation_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    positions = table.Column<int>(type: "integer", nullable: false),
                    wage_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    wage_period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    hours_per_week = table.Column<int>(type: "integer", nullable: false),
                    monthly_wage = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    contract_months = table.Column<int>(type: "integer", nullable: false),
                    probation_months = table.Column<int>(type: "integer", nullable: false),
                    overtime_terms = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    housing_provided = table.Column<bool>(type: "boolean", nullable: false),
                    housing_cost_per_month = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    meals_provided = table.Column<bool>(type: "boolean", nullable: false),
                    medical_insurance = table.Column<bool>(type: "boolean", nullable: false),
                    return_flight = table.Column<bool>(type: "boolean", nullable: false),
                    transport = table.Column<bool>(type: "boolean", nullable: false),
                    language_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    minimum_language_level_id = table.Column<int>(type: "integer", nullable: true),
                    minimum_experience_years = table.Column<int>(type: "integer", nullable: true),
                    minimum_age = table.Column<int>(type: "integer", nullable: true),
                    maximum_age = table.Column<int>(type: "integer", nullable: true),
                    application_deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    program = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    rejection_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    filled_positions = table.Column<int>(type: "integer", nullable: false),
                    monthly_wage_usd = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    search_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_job_orders_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_orders_currencies_currency_code",
                        column: x => x.currency_code,
                        principalTable: "currencies",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_orders_employers_organization_id",
                        column: x => x.organization_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_orders_language_levels_minimum_language_level_id",
                        column: x => x.minimum_language_level_id,
                        principalTable: "language_levels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_orders_languages_language_code",
                        column: x => x.language_code,
                        principalTable: "languages",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_orders_occupations_occupation_code",
                        column: x => x.occupation_code,
                        principalTable: "occupations",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "minimum_wages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    monthly_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_minimum_wages", x => x.id);
                    table.ForeignKey(
                        name: "fk_minimum_wages_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_minimum_wages_currencies_currency_code",
                        column: x => x.currency_code,
                        principalTable: "currencies",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_employer_photos_organization_id",
                table: "employer_photos",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_rates_currency_code_date",
                table: "exchange_rates",
                columns: new[] { "currency_code", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_currency_code",
                table: "job_orders",
                column: "currency_code");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_language_code",
                table: "job_orders",
                column: "language_code");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_minimum_language_level_id",
                table: "job_orders",
                column: "minimum_language_level_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_occupation_code",
                table: "job_orders",
                column: "occupation_code");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_organization_id",
                table: "job_orders",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_organization_id_status_created_at",
                table: "job_orders",
                columns: new[] { "organization_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_published_country",
                table: "job_orders",
                columns: new[] { "country_code", "published_at", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_published_newest",
                table: "job_orders",
                columns: new[] { "published_at", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_published_wage",
                table: "job_orders",
                columns: new[] { "monthly_wage_usd", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_search_text",
                table: "job_orders",
                column: "search_text",
                filter: "status = 'Published'")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_status_submitted_at_id",
                table: "job_orders",
                columns: new[] { "status", "submitted_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_minimum_wages_country_code_valid_from",
                table: "minimum_wages",
                columns: new[] { "country_code", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_minimum_wages_currency_code",
                table: "minimum_wages",
                column: "currency_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "employer_photos");

            migrationBuilder.DropTable(
                name: "exchange_rates");

            migrationBuilder.DropTable(
                name: "job_orders");

            migrationBuilder.DropTable(
                name: "minimum_wages");

            migrationBuilder.DropColumn(
                name: "city",
                table: "employers");

            migrationBuilder.DropColumn(
                name: "description",
                table: "employers");

            migrationBuilder.DropColumn(
                name: "sector",
                table: "employers");

            migrationBuilder.DropColumn(
                name: "website",
                table: "employers");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
