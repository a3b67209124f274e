using System;
using System.Collections.Generic;
using System.Net;
using Microsoft.EntityFrameworkCore.Migrations;
using MigrationPortal.Infrastructure.Persistence.Sql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "consent_texts",
                columns: table => new
                {
                    version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    text_uz_latn = table.Column<string>(type: "text", nullable: false),
                    text_uz_cyrl = table.Column<string>(type: "text", nullable: false),
                    text_ru = table.Column<string>(type: "text", nullable: false),
                    text_en = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_texts", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "countries",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    name_uz_latn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_uz_cyrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_countries", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "currencies",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    minor_units = table.Column<int>(type: "integer", nullable: false),
                    name_uz_latn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_uz_cyrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_currencies", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "language_scales",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name_uz_latn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_uz_cyrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_language_scales", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    arguments = table.Column<List<string>>(type: "text[]", nullable: false),
                    target_kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "occupations",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    major_group_code = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    name_uz_latn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_uz_cyrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_occupations", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "outbox_emails",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    to = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    text_body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_emails", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_sms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    to = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    text = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_sms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "personal_data_accesses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    viewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    citizen_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    client_address = table.Column<IPAddress>(type: "inet", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_data_accesses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "protected_secrets",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_protected_secrets", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    name_uz_latn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_uz_cyrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    to_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_status_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wage_reference_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reference_id = table.Column<long>(type: "bigint", nullable: false),
                    old_amount = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    old_currency_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    new_amount = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: true),
                    new_currency_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wage_reference_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consent_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    citizen_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_records_consent_texts_version",
                        column: x => x.version,
                        principalTable: "consent_texts",
                        principalColumn: "version",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "employers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    legal_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    registration_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    agreement_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    agreement_valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    agreement_valid_to = table.Column<DateOnly>(type: "date", nullable: false),
                    contact_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sector = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    website = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employers", x => x.id);
                    table.ForeignKey(
                        name: "fk_employers_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
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
                    usd_per_unit = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
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
                name: "minimum_wages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    monthly_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "language_levels",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    scale_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_language_levels", x => x.id);
                    table.ForeignKey(
                        name: "fk_language_levels_language_scales_scale_code",
                        column: x => x.scale_code,
                        principalTable: "language_scales",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "languages",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    scale_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name_uz_latn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_uz_cyrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_languages", x => x.code);
                    table.ForeignKey(
                        name: "fk_languages_language_scales_scale_code",
                        column: x => x.scale_code,
                        principalTable: "language_scales",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agency_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name_uz_latn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_uz_cyrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: true),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    opening_hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_agency_units_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agency_units_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "districts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    name_uz_latn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_uz_cyrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_districts", x => x.id);
                    table.ForeignKey(
                        name: "fk_districts_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "worksites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    housing_provided = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_worksites", x => x.id);
                    table.ForeignKey(
                        name: "fk_worksites_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_worksites_employers_organization_id",
                        column: x => x.organization_id,
                        principalTable: "employers",
                        principalColumn: "id",
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
                    selected_positions = table.Column<int>(type: "integer", nullable: false),
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
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    full_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    preferred_culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, defaultValue: "uz-Latn"),
                    authenticator_last_step = table.Column<long>(type: "bigint", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_users_agency_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "agency_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_users_employers_organization_id",
                        column: x => x.organization_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "worker_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    citizen_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    last_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    first_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    patronymic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    phone = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    region_id = table.Column<int>(type: "integer", nullable: true),
                    district_id = table.Column<int>(type: "integer", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    pinfl_cipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    pinfl_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    passport_cipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    passport_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    passport_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    passport_expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    preferred_countries = table.Column<List<string>>(type: "text[]", nullable: false),
                    occupation_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    consent_active = table.Column<bool>(type: "boolean", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    identity_source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    identity_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    educations = table.Column<string>(type: "jsonb", nullable: false),
                    languages = table.Column<string>(type: "jsonb", nullable: false),
                    professions = table.Column<string>(type: "jsonb", nullable: false),
                    return_reasons = table.Column<string>(type: "jsonb", nullable: false),
                    work_history = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_worker_profiles", x => x.id);
                    table.ForeignKey(
                        name: "fk_worker_profiles_agency_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "agency_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_worker_profiles_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_worker_profiles_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                    shortlist_unmet = table.Column<int[]>(type: "integer[]", nullable: false),
                    shortlist_override_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    shortlist_overridden_by = table.Column<Guid>(type: "uuid", nullable: true),
                    contract_monthly_wage = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    contract_currency_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    contract_hours_per_week = table.Column<int>(type: "integer", nullable: true),
                    contract_months = table.Column<int>(type: "integer", nullable: true),
                    contract_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    deviation_approved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    deviation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    arrived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    interview_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    interview_place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    interview_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
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

            migrationBuilder.CreateTable(
                name: "assisted_registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    citizen_id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consent_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    consent_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    taken_over_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    entries = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assisted_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_assisted_registrations_agency_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "agency_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assisted_registrations_stored_files_consent_file_id",
                        column: x => x.consent_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assisted_registrations_users_citizen_id",
                        column: x => x.citizen_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assisted_registrations_users_officer_id",
                        column: x => x.officer_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "phone_codes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    phone = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    client_address = table.Column<IPAddress>(type: "inet", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    failed_tries = table.Column<int>(type: "integer", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_phone_codes", x => x.id);
                    table.ForeignKey(
                        name: "fk_phone_codes_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "profile_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    citizen_id = table.Column<Guid>(type: "uuid", nullable: false),
                    profile_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profile_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_profile_documents_worker_profiles_profile_id",
                        column: x => x.profile_id,
                        principalTable: "worker_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { new Guid("00000000-0000-0000-0009-000000000001"), "role-Citizen", "Citizen", "CITIZEN" },
                    { new Guid("00000000-0000-0000-0009-000000000002"), "role-EmployerStaff", "EmployerStaff", "EMPLOYERSTAFF" },
                    { new Guid("00000000-0000-0000-0009-000000000003"), "role-EmployerAdmin", "EmployerAdmin", "EMPLOYERADMIN" },
                    { new Guid("00000000-0000-0000-0009-000000000004"), "role-Officer", "Officer", "OFFICER" },
                    { new Guid("00000000-0000-0000-0009-000000000005"), "role-Supervisor", "Supervisor", "SUPERVISOR" },
                    { new Guid("00000000-0000-0000-0009-000000000006"), "role-Administrator", "Administrator", "ADMINISTRATOR" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_agency_units_country_code",
                table: "agency_units",
                column: "country_code");

            migrationBuilder.CreateIndex(
                name: "ix_agency_units_kind_region_id",
                table: "agency_units",
                columns: new[] { "kind", "region_id" });

            migrationBuilder.CreateIndex(
                name: "ix_agency_units_region_id",
                table: "agency_units",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_assisted_registrations_citizen_id",
                table: "assisted_registrations",
                column: "citizen_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assisted_registrations_consent_file_id",
                table: "assisted_registrations",
                column: "consent_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_assisted_registrations_officer_id",
                table: "assisted_registrations",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_assisted_registrations_registered_at_id",
                table: "assisted_registrations",
                columns: new[] { "registered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_assisted_registrations_unit_id_registered_at_id",
                table: "assisted_registrations",
                columns: new[] { "unit_id", "registered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_citizen_id",
                table: "consent_records",
                column: "citizen_id");

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_citizen_id_given_at",
                table: "consent_records",
                columns: new[] { "citizen_id", "given_at" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_version",
                table: "consent_records",
                column: "version");

            migrationBuilder.CreateIndex(
                name: "ix_districts_region_id",
                table: "districts",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_employer_photos_organization_id",
                table: "employer_photos",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_employers_country_code_registration_number",
                table: "employers",
                columns: new[] { "country_code", "registration_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employers_legal_name",
                table: "employers",
                column: "legal_name");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_rates_currency_code_date",
                table: "exchange_rates",
                columns: new[] { "currency_code", "date" },
                unique: true,
                filter: "retired_at IS NULL");

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

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_currency_code",
                table: "job_orders",
                column: "currency_code");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_minimum_language_level_id",
                table: "job_orders",
                column: "minimum_language_level_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_orders_open_deadline",
                table: "job_orders",
                columns: new[] { "application_deadline", "id" },
                filter: "status IN ('Published', 'Paused')");

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
                name: "ix_job_orders_published_newest",
                table: "job_orders",
                columns: new[] { "published_at", "id" },
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
                name: "ix_language_levels_scale_code_code",
                table: "language_levels",
                columns: new[] { "scale_code", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_languages_scale_code",
                table: "languages",
                column: "scale_code");

            migrationBuilder.CreateIndex(
                name: "ix_minimum_wages_country_code_valid_from",
                table: "minimum_wages",
                columns: new[] { "country_code", "valid_from" },
                unique: true,
                filter: "retired_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_minimum_wages_currency_code",
                table: "minimum_wages",
                column: "currency_code");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_unread",
                table: "notifications",
                column: "user_id",
                filter: "read_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at",
                table: "notifications",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_occupations_major_group_code",
                table: "occupations",
                column: "major_group_code");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_next_attempt_at",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_sms_next_attempt_at",
                table: "outbox_sms",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");

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

            migrationBuilder.CreateIndex(
                name: "ix_phone_codes_client_address_created_at",
                table: "phone_codes",
                columns: new[] { "client_address", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_phone_codes_phone_created_at",
                table: "phone_codes",
                columns: new[] { "phone", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_phone_codes_user_id",
                table: "phone_codes",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_documents_citizen_id",
                table: "profile_documents",
                column: "citizen_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_documents_profile_id_kind",
                table: "profile_documents",
                columns: new[] { "profile_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regions_code",
                table: "regions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_status_changes_entity_type_entity_id_changed_at",
                table: "status_changes",
                columns: new[] { "entity_type", "entity_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_users_organization_id_kind",
                table: "users",
                columns: new[] { "organization_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_users_phone_number",
                table: "users",
                column: "phone_number",
                unique: true,
                filter: "phone_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_users_staff_full_name",
                table: "users",
                column: "full_name",
                filter: "kind <> 'Citizen'");

            migrationBuilder.CreateIndex(
                name: "ix_users_unit_id_kind",
                table: "users",
                columns: new[] { "unit_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wage_reference_changes_kind_reference_id",
                table: "wage_reference_changes",
                columns: new[] { "kind", "reference_id" });

            migrationBuilder.CreateIndex(
                name: "ix_worker_profiles_all_queue",
                table: "worker_profiles",
                columns: new[] { "status", "submitted_at", "id" },
                filter: "consent_active");

            migrationBuilder.CreateIndex(
                name: "ix_worker_profiles_citizen_id",
                table: "worker_profiles",
                column: "citizen_id");

            migrationBuilder.CreateIndex(
                name: "ix_worker_profiles_decided_at",
                table: "worker_profiles",
                column: "decided_at",
                filter: "decided_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_worker_profiles_district_queue",
                table: "worker_profiles",
                columns: new[] { "district_id", "status", "submitted_at", "id" },
                filter: "consent_active");

            migrationBuilder.CreateIndex(
                name: "ix_worker_profiles_occupation_codes",
                table: "worker_profiles",
                column: "occupation_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_worker_profiles_passport_hash",
                table: "worker_profiles",
                column: "passport_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_worker_profiles_pinfl_hash",
                table: "worker_profiles",
                column: "pinfl_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_worker_profiles_region_id",
                table: "worker_profiles",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_worker_profiles_unit_queue",
                table: "worker_profiles",
                columns: new[] { "unit_id", "status", "submitted_at", "id" },
                filter: "consent_active");

            migrationBuilder.CreateIndex(
                name: "ix_worksites_country_code",
                table: "worksites",
                column: "country_code");

            migrationBuilder.CreateIndex(
                name: "ix_worksites_organization_id",
                table: "worksites",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_worksites_organization_id_name",
                table: "worksites",
                columns: new[] { "organization_id", "name" },
                unique: true);

            RowSecuritySql.Create(migrationBuilder);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowSecuritySql.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "assisted_registrations");

            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "employer_photos");

            migrationBuilder.DropTable(
                name: "exchange_rates");

            migrationBuilder.DropTable(
                name: "job_applications");

            migrationBuilder.DropTable(
                name: "minimum_wages");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "outbox_emails");

            migrationBuilder.DropTable(
                name: "outbox_sms");

            migrationBuilder.DropTable(
                name: "personal_data_accesses");

            migrationBuilder.DropTable(
                name: "phone_codes");

            migrationBuilder.DropTable(
                name: "profile_documents");

            migrationBuilder.DropTable(
                name: "protected_secrets");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "status_changes");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "wage_reference_changes");

            migrationBuilder.DropTable(
                name: "worksites");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "consent_texts");

            migrationBuilder.DropTable(
                name: "job_orders");

            migrationBuilder.DropTable(
                name: "worker_profiles");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "currencies");

            migrationBuilder.DropTable(
                name: "language_levels");

            migrationBuilder.DropTable(
                name: "languages");

            migrationBuilder.DropTable(
                name: "occupations");

            migrationBuilder.DropTable(
                name: "districts");

            migrationBuilder.DropTable(
                name: "agency_units");

            migrationBuilder.DropTable(
                name: "employers");

            migrationBuilder.DropTable(
                name: "language_scales");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "countries");
        }
    }
}
