using System;
using Microsoft.EntityFrameworkCore.Migrations;
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
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    full_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
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

            migrationBuilder.InsertData(
                table: "countries",
                columns: new[] { "code", "name_en", "name_ru", "name_uz_cyrl", "name_uz_latn" },
                values: new object[,]
                {
                    { "AE", "United Arab Emirates", "Объединённые Арабские Эмираты", "Бирлашган Араб Амирликлари", "Birlashgan Arab Amirliklari" },
                    { "AT", "Austria", "Австрия", "Австрия", "Avstriya" },
                    { "AU", "Australia", "Австралия", "Австралия", "Avstraliya" },
                    { "BE", "Belgium", "Бельгия", "Бельгия", "Belgiya" },
                    { "BG", "Bulgaria", "Болгария", "Болгария", "Bolgariya" },
                    { "BH", "Bahrain", "Бахрейн", "Баҳрайн", "Bahrayn" },
                    { "BY", "Belarus", "Беларусь", "Беларусь", "Belarus" },
                    { "CA", "Canada", "Канада", "Канада", "Kanada" },
                    { "CN", "China", "Китай", "Хитой", "Xitoy" },
                    { "CY", "Cyprus", "Кипр", "Кипр", "Kipr" },
                    { "CZ", "Czechia", "Чехия", "Чехия", "Chexiya" },
                    { "DE", "Germany", "Германия", "Германия", "Germaniya" },
                    { "DK", "Denmark", "Дания", "Дания", "Daniya" },
                    { "EE", "Estonia", "Эстония", "Эстония", "Estoniya" },
                    { "ES", "Spain", "Испания", "Испания", "Ispaniya" },
                    { "FI", "Finland", "Финляндия", "Финляндия", "Finlandiya" },
                    { "FR", "France", "Франция", "Франция", "Fransiya" },
                    { "GB", "United Kingdom", "Великобритания", "Буюк Британия", "Buyuk Britaniya" },
                    { "GR", "Greece", "Греция", "Греция", "Gretsiya" },
                    { "HR", "Croatia", "Хорватия", "Хорватия", "Xorvatiya" },
                    { "HU", "Hungary", "Венгрия", "Венгрия", "Vengriya" },
                    { "IE", "Ireland", "Ирландия", "Ирландия", "Irlandiya" },
                    { "IL", "Israel", "Израиль", "Исроил", "Isroil" },
                    { "IT", "Italy", "Италия", "Италия", "Italiya" },
                    { "JP", "Japan", "Япония", "Япония", "Yaponiya" },
                    { "KG", "Kyrgyzstan", "Кыргызстан", "Қирғизистон", "Qirg‘iziston" },
                    { "KR", "Republic of Korea", "Республика Корея", "Корея Республикаси", "Koreya Respublikasi" },
                    { "KW", "Kuwait", "Кувейт", "Қувайт", "Quvayt" },
                    { "KZ", "Kazakhstan", "Казахстан", "Қозоғистон", "Qozog‘iston" },
                    { "LT", "Lithuania", "Литва", "Литва", "Litva" },
                    { "LV", "Latvia", "Латвия", "Латвия", "Latviya" },
                    { "MY", "Malaysia", "Малайзия", "Малайзия", "Malayziya" },
                    { "NL", "Netherlands", "Нидерланды", "Нидерландия", "Niderlandiya" },
                    { "NO", "Norway", "Норвегия", "Норвегия", "Norvegiya" },
                    { "NZ", "New Zealand", "Новая Зеландия", "Янги Зеландия", "Yangi Zelandiya" },
                    { "OM", "Oman", "Оман", "Уммон", "Ummon" },
                    { "PL", "Poland", "Польша", "Польша", "Polsha" },
                    { "PT", "Portugal", "Португалия", "Португалия", "Portugaliya" },
                    { "QA", "Qatar", "Катар", "Қатар", "Qatar" },
                    { "RO", "Romania", "Румыния", "Руминия", "Ruminiya" },
                    { "RU", "Russia", "Россия", "Россия", "Rossiya" },
                    { "SA", "Saudi Arabia", "Саудовская Аравия", "Саудия Арабистони", "Saudiya Arabistoni" },
                    { "SE", "Sweden", "Швеция", "Швеция", "Shvetsiya" },
                    { "SI", "Slovenia", "Словения", "Словения", "Sloveniya" },
                    { "SK", "Slovakia", "Словакия", "Словакия", "Slovakiya" },
                    { "TR", "Türkiye", "Турция", "Туркия", "Turkiya" },
                    { "US", "United States", "Соединённые Штаты Америки", "Америка Қўшма Штатлари", "Amerika Qo‘shma Shtatlari" },
                    { "UZ", "Uzbekistan", "Узбекистан", "Ўзбекистон", "O‘zbekiston" }
                });

            migrationBuilder.InsertData(
                table: "currencies",
                columns: new[] { "code", "minor_units", "name_en", "name_ru", "name_uz_cyrl", "name_uz_latn" },
                values: new object[,]
                {
                    { "AED", 2, "UAE dirham", "Дирхам ОАЭ", "БАА дирҳами", "BAA dirhami" },
                    { "AUD", 2, "Australian dollar", "Австралийский доллар", "Австралия доллари", "Avstraliya dollari" },
                    { "BHD", 3, "Bahraini dinar", "Бахрейнский динар", "Баҳрайн динори", "Bahrayn dinori" },
                    { "BYN", 2, "Belarusian ruble", "Белорусский рубль", "Беларусь рубли", "Belarus rubli" },
                    { "CAD", 2, "Canadian dollar", "Канадский доллар", "Канада доллари", "Kanada dollari" },
                    { "CHF", 2, "Swiss franc", "Швейцарский франк", "Швейцария франки", "Shveytsariya franki" },
                    { "CNY", 2, "Chinese yuan", "Китайский юань", "Хитой юани", "Xitoy yuani" },
                    { "CZK", 2, "Czech koruna", "Чешская крона", "Чехия кронаси", "Chexiya kronasi" },
                    { "DKK", 2, "Danish krone", "Датская крона", "Дания кронаси", "Daniya kronasi" },
                    { "EUR", 2, "Euro", "Евро", "Евро", "Yevro" },
                    { "GBP", 2, "Pound sterling", "Фунт стерлингов", "Британия фунт стерлинги", "Britaniya funt sterlingi" },
                    { "HUF", 2, "Hungarian forint", "Венгерский форинт", "Венгрия форинти", "Vengriya forinti" },
                    { "ILS", 2, "Israeli new shekel", "Новый израильский шекель", "Исроил янги шекели", "Isroil yangi shekeli" },
                    { "JPY", 0, "Japanese yen", "Японская иена", "Япония иенаси", "Yaponiya iyenasi" },
                    { "KGS", 2, "Kyrgyzstani som", "Киргизский сом", "Қирғизистон соми", "Qirg‘iziston somi" },
                    { "KRW", 0, "South Korean won", "Южнокорейская вона", "Корея вони", "Koreya voni" },
                    { "KWD", 3, "Kuwaiti dinar", "Кувейтский динар", "Қувайт динори", "Quvayt dinori" },
                    { "KZT", 2, "Kazakhstani tenge", "Казахстанский тенге", "Қозоғистон тенгеси", "Qozog‘iston tengesi" },
                    { "MYR", 2, "Malaysian ringgit", "Малайзийский ринггит", "Малайзия ринггити", "Malayziya ringgiti" },
                    { "NOK", 2, "Norwegian krone", "Норвежская крона", "Норвегия кронаси", "Norvegiya kronasi" },
                    { "NZD", 2, "New Zealand dollar", "Новозеландский доллар", "Янги Зеландия доллари", "Yangi Zelandiya dollari" },
                    { "OMR", 3, "Omani rial", "Оманский риал", "Уммон риёли", "Ummon riyoli" },
                    { "PLN", 2, "Polish zloty", "Польский злотый", "Польша злотийси", "Polsha zlotiysi" },
                    { "QAR", 2, "Qatari riyal", "Катарский риал", "Қатар риёли", "Qatar riyoli" },
                    { "RON", 2, "Romanian leu", "Румынский лей", "Руминия лейи", "Ruminiya leyi" },
                    { "RUB", 2, "Russian ruble", "Российский рубль", "Россия рубли", "Rossiya rubli" },
                    { "SAR", 2, "Saudi riyal", "Саудовский риял", "Саудия риёли", "Saudiya riyoli" },
                    { "SEK", 2, "Swedish krona", "Шведская крона", "Швеция кронаси", "Shvetsiya kronasi" },
                    { "TRY", 2, "Turkish lira", "Турецкая лира", "Турк лираси", "Turk lirasi" },
                    { "USD", 2, "US dollar", "Доллар США", "АҚШ доллари", "AQSH dollari" },
                    { "UZS", 2, "Uzbekistani som", "Узбекский сум", "Ўзбек сўми", "O‘zbek so‘mi" }
                });

            migrationBuilder.InsertData(
                table: "language_scales",
                columns: new[] { "code", "name_en", "name_ru", "name_uz_cyrl", "name_uz_latn" },
                values: new object[,]
                {
                    { "CEFR", "Common European Framework of Reference for Languages (CEFR)", "Общеевропейские компетенции владения иностранным языком (CEFR)", "Умумевропа компетенциялари (CEFR)", "Umumevropa kompetensiyalari (CEFR)" },
                    { "JLPT", "Japanese-Language Proficiency Test (JLPT)", "Экзамен на знание японского языка (JLPT)", "Япон тилини билиш даражаси имтиҳони (JLPT)", "Yapon tilini bilish darajasi imtihoni (JLPT)" },
                    { "TOPIK", "Test of Proficiency in Korean (TOPIK)", "Тест на знание корейского языка (TOPIK)", "Корейс тилини билиш даражаси тести (TOPIK)", "Koreys tilini bilish darajasi testi (TOPIK)" }
                });

            migrationBuilder.InsertData(
                table: "occupations",
                columns: new[] { "code", "major_group_code", "name_en", "name_ru", "name_uz_cyrl", "name_uz_latn" },
                values: new object[,]
                {
                    { "0", null, "Armed forces occupations", "Военнослужащие", "Ҳарбий хизматчилар", "Harbiy xizmatchilar" },
                    { "1", null, "Managers", "Руководители", "Раҳбарлар", "Rahbarlar" },
                    { "2", null, "Professionals", "Специалисты высшего уровня квалификации", "Олий малакали мутахассислар", "Oliy malakali mutaxassislar" },
                    { "2221", "2", "Nursing professionals", "Специалисты по сестринскому делу", "Ҳамширалик иши мутахассислари", "Hamshiralik ishi mutaxassislari" },
                    { "2512", "2", "Software developers", "Разработчики программного обеспечения", "Дастурий таъминот ишлаб чиқувчилар", "Dasturiy ta’minot ishlab chiquvchilar" },
                    { "3", null, "Technicians and associate professionals", "Специалисты среднего уровня квалификации", "Ўрта малакали мутахассислар", "O‘rta malakali mutaxassislar" },
                    { "3115", "3", "Mechanical engineering technicians", "Техники-механики", "Механика техниклари", "Mexanika texniklari" },
                    { "3221", "3", "Nursing associate professionals", "Средний медицинский персонал по уходу за больными", "Ўрта тиббиёт ҳамширалари", "O‘rta tibbiyot hamshiralari" },
                    { "4", null, "Clerical support workers", "Служащие, занятые подготовкой и оформлением документации, учетом и обслуживанием", "Ҳужжатларни тайёрлаш, ҳисобга олиш ва хизмат кўрсатиш билан банд хизматчилар", "Hujjatlarni tayyorlash, hisobga olish va xizmat ko‘rsatish bilan band xizmatchilar" },
                    { "4224", "4", "Hotel receptionists", "Администраторы гостиниц", "Меҳмонхона қабулхонаси ходимлари", "Mehmonxona qabulxonasi xodimlari" },
                    { "4321", "4", "Stock clerks", "Кладовщики", "Омборчилар", "Omborchilar" },
                    { "5", null, "Service and sales workers", "Работники сферы обслуживания и торговли, охраны граждан и собственности", "Хизмат кўрсатиш ва савдо ходимлари", "Xizmat ko‘rsatish va savdo xodimlari" },
                    { "5120", "5", "Cooks", "Повара", "Ошпазлар", "Oshpazlar" },
                    { "5131", "5", "Waiters", "Официанты", "Официантлар", "Ofitsiantlar" },
                    { "5132", "5", "Bartenders", "Бармены", "Барменлар", "Barmenlar" },
                    { "5141", "5", "Hairdressers", "Парикмахеры", "Сартарошлар", "Sartaroshlar" },
                    { "5151", "5", "Cleaning and housekeeping supervisors in offices, hotels and other establishments", "Руководители работ по уборке и ведению хозяйства в офисах, гостиницах и других учреждениях", "Офис, меҳмонхона ва бошқа муассасаларда тозалаш ва хўжалик ишлари назоратчилари", "Ofis, mehmonxona va boshqa muassasalarda tozalash va xo‘jalik ishlari nazoratchilari" },
                    { "5223", "5", "Shop sales assistants", "Продавцы магазинов", "Дўкон сотувчилари", "Do‘kon sotuvchilari" },
                    { "5311", "5", "Child care workers", "Работники по уходу за детьми", "Болаларни парвариш қилувчи ходимлар", "Bolalarni parvarish qiluvchi xodimlar" },
                    { "5321", "5", "Health care assistants", "Помощники по уходу за больными в медицинских учреждениях", "Тиббиёт муассасаларида беморларни парвариш қилувчи ёрдамчилар", "Tibbiyot muassasalarida bemorlarni parvarish qiluvchi yordamchilar" },
                    { "5322", "5", "Home-based personal care workers", "Работники по уходу на дому", "Уйда парвариш хизматини кўрсатувчи ходимлар", "Uyda parvarish xizmatini ko‘rsatuvchi xodimlar" },
                    { "5414", "5", "Security guards", "Охранники", "Қўриқчилар", "Qo‘riqchilar" },
                    { "6", null, "Skilled agricultural, forestry and fishery workers", "Квалифицированные работники сельского и лесного хозяйства, рыбоводства и рыболовства", "Қишлоқ, ўрмон ва балиқ хўжалигининг малакали ходимлари", "Qishloq, o‘rmon va baliq xo‘jaligining malakali xodimlari" },
                    { "6111", "6", "Field crop and vegetable growers", "Производители зерновых и овощных культур", "Дала экинлари ва сабзавот етиштирувчилар", "Dala ekinlari va sabzavot yetishtiruvchilar" },
                    { "6112", "6", "Tree and shrub crop growers", "Производители плодовых культур деревьев и кустарников", "Дарахт ва бута экинлари етиштирувчилар", "Daraxt va buta ekinlari yetishtiruvchilar" },
                    { "6113", "6", "Gardeners, horticultural and nursery growers", "Садовники, растениеводы и работники питомников", "Боғбонлар, гулчилар ва кўчатчилар", "Bog‘bonlar, gulchilar va ko‘chatchilar" },
                    { "6121", "6", "Livestock and dairy producers", "Животноводы и производители молочной продукции", "Чорвадорлар ва сут маҳсулотлари ишлаб чиқарувчилар", "Chorvadorlar va sut mahsulotlari ishlab chiqaruvchilar" },
                    { "6122", "6", "Poultry producers", "Птицеводы", "Паррандачилар", "Parrandachilar" },
                    { "7", null, "Craft and related trades workers", "Квалифицированные рабочие промышленности, строительства, транспорта и рабочие родственных занятий", "Саноат, қурилиш ва транспортнинг малакали ишчилари ҳамда турдош касблар ишчилари", "Sanoat, qurilish va transportning malakali ishchilari hamda turdosh kasblar ishchilari" },
                    { "7111", "7", "House builders", "Строители зданий", "Уй қурувчилар", "Uy quruvchilar" },
                    { "7112", "7", "Bricklayers and related workers", "Каменщики и рабочие родственных занятий", "Ғишт терувчилар ва турдош касблар ишчилари", "G‘isht teruvchilar va turdosh kasblar ishchilari" },
                    { "7114", "7", "Concrete placers, concrete finishers and related workers", "Бетонщики, отделочники по бетону и рабочие родственных занятий", "Бетончилар, бетон пардозловчилар ва турдош касблар ишчилари", "Betonchilar, beton pardozlovchilar va turdosh kasblar ishchilari" },
                    { "7115", "7", "Carpenters and joiners", "Плотники и столяры", "Дурадгорлар ва ёғоч усталари", "Duradgorlar va yog‘och ustalari" },
                    { "7119", "7", "Building frame and related trades workers not elsewhere classified", "Рабочие, занятые на строительстве каркасов зданий, и рабочие родственных занятий, не входящие в другие группы", "Бошқа гуруҳларга кирмаган бино каркаси ва турдош ишлар ишчилари", "Boshqa guruhlarga kirmagan bino karkasi va turdosh ishlar ishchilari" },
                    { "7121", "7", "Roofers", "Кровельщики", "Том ёпувчилар", "Tom yopuvchilar" },
                    { "7122", "7", "Floor layers and tile setters", "Настильщики полов и плиточники", "Пол ётқизувчилар ва кафель қопловчилар", "Pol yotqizuvchilar va kafel qoplovchilar" },
                    { "7123", "7", "Plasterers", "Штукатуры", "Сувоқчилар", "Suvoqchilar" },
                    { "7124", "7", "Insulation workers", "Изолировщики", "Изоляция ишлари ишчилари", "Izolyatsiya ishlari ishchilari" },
                    { "7125", "7", "Glaziers", "Стекольщики", "Ойнасозлар", "Oynasozlar" },
                    { "7126", "7", "Plumbers and pipe fitters", "Сантехники и трубопроводчики", "Сантехниклар ва қувур монтажчилари", "Santexniklar va quvur montajchilari" },
                    { "7127", "7", "Air conditioning and refrigeration mechanics", "Механики по системам кондиционирования воздуха и холодильному оборудованию", "Кондиционер ва совутиш ускуналари механиклари", "Konditsioner va sovutish uskunalari mexaniklari" },
                    { "7131", "7", "Painters and related workers", "Маляры и рабочие родственных занятий", "Бўёқчилар ва турдош касблар ишчилари", "Bo‘yoqchilar va turdosh kasblar ishchilari" },
                    { "7132", "7", "Spray painters and varnishers", "Маляры-пульверизаторщики и лакировщики", "Пуркаб бўёвчилар ва лакловчилар", "Purkab bo‘yovchilar va laklovchilar" },
                    { "7212", "7", "Welders and flamecutters", "Сварщики и газорезчики", "Пайвандчилар ва газ билан кесувчилар", "Payvandchilar va gaz bilan kesuvchilar" },
                    { "7213", "7", "Sheet-metal workers", "Рабочие по обработке листового металла", "Тунукасозлар", "Tunukasozlar" },
                    { "7214", "7", "Structural-metal preparers and erectors", "Изготовители и монтажники металлоконструкций", "Металл конструкцияларни тайёрловчилар ва монтажчилар", "Metall konstruksiyalarni tayyorlovchilar va montajchilar" },
                    { "7223", "7", "Metal working machine tool setters and operators", "Наладчики и операторы металлообрабатывающих станков", "Металлга ишлов берувчи дастгоҳларни созловчилар ва операторлар", "Metallga ishlov beruvchi dastgohlarni sozlovchilar va operatorlar" },
                    { "7231", "7", "Motor vehicle mechanics and repairers", "Механики и ремонтники автотранспортных средств", "Автомобиль механиклари ва таъмирловчилари", "Avtomobil mexaniklari va ta’mirlovchilari" },
                    { "7233", "7", "Agricultural and industrial machinery mechanics and repairers", "Механики и ремонтники сельскохозяйственного и промышленного оборудования", "Қишлоқ хўжалиги ва саноат техникаси механиклари ва таъмирловчилари", "Qishloq xo‘jaligi va sanoat texnikasi mexaniklari va ta’mirlovchilari" },
                    { "7411", "7", "Building and related electricians", "Электромонтажники зданий и рабочие родственных занятий", "Бино электр монтажчилари ва турдош касблар ишчилари", "Bino elektr montajchilari va turdosh kasblar ishchilari" },
                    { "7412", "7", "Electrical mechanics and fitters", "Электромеханики и монтеры электрического оборудования", "Электр механиклари ва монтажчилари", "Elektr mexaniklari va montajchilari" },
                    { "7421", "7", "Electronics mechanics and servicers", "Механики и ремонтники электронного оборудования", "Электрон ускуналар механиклари ва таъмирловчилари", "Elektron uskunalar mexaniklari va ta’mirlovchilari" },
                    { "7511", "7", "Butchers, fishmongers and related food preparers", "Мясники, рыбники и рабочие родственных занятий по обработке пищевых продуктов", "Қассоблар, балиқ тозаловчилар ва турдош озиқ-овқат тайёрловчилар", "Qassoblar, baliq tozalovchilar va turdosh oziq-ovqat tayyorlovchilar" },
                    { "7512", "7", "Bakers, pastry-cooks and confectionery makers", "Пекари, кондитеры и изготовители кондитерских изделий", "Новвойлар, қандолатчилар ва ширинлик тайёрловчилар", "Novvoylar, qandolatchilar va shirinlik tayyorlovchilar" },
                    { "7522", "7", "Cabinet-makers and related workers", "Краснодеревщики и рабочие родственных занятий", "Мебель усталари ва турдош касблар ишчилари", "Mebel ustalari va turdosh kasblar ishchilari" },
                    { "7531", "7", "Tailors, dressmakers, furriers and hatters", "Портные, закройщики, скорняки и шляпники", "Чеварлар, бичувчилар, мўйнадўзлар ва бош кийим тикувчилар", "Chevarlar, bichuvchilar, mo‘ynado‘zlar va bosh kiyim tikuvchilar" },
                    { "7533", "7", "Sewing, embroidery and related workers", "Швеи, вышивальщики и рабочие родственных занятий", "Тикувчилар, каштачилар ва турдош касблар ишчилари", "Tikuvchilar, kashtachilar va turdosh kasblar ishchilari" },
                    { "8", null, "Plant and machine operators, and assemblers", "Операторы производственных установок и машин, сборщики и водители", "Ишлаб чиқариш қурилмалари ва машиналари операторлари, йиғувчилар ва ҳайдовчилар", "Ishlab chiqarish qurilmalari va mashinalari operatorlari, yig‘uvchilar va haydovchilar" },
                    { "8111", "8", "Miners and quarriers", "Горняки и рабочие карьеров", "Кончилар ва карьер ишчилари", "Konchilar va karyer ishchilari" },
                    { "8121", "8", "Metal processing plant operators", "Операторы установок по обработке металлов", "Металлга ишлов бериш қурилмалари операторлари", "Metallga ishlov berish qurilmalari operatorlari" },
                    { "8141", "8", "Rubber products machine operators", "Операторы машин по производству изделий из резины", "Резина буюмлар ишлаб чиқариш машиналари операторлари", "Rezina buyumlar ishlab chiqarish mashinalari operatorlari" },
                    { "8142", "8", "Plastic products machine operators", "Операторы машин по производству изделий из пластмасс", "Пластмасса буюмлар ишлаб чиқариш машиналари операторлари", "Plastmassa buyumlar ishlab chiqarish mashinalari operatorlari" },
                    { "8153", "8", "Sewing machine operators", "Операторы швейных машин", "Тикув машиналари операторлари", "Tikuv mashinalari operatorlari" },
                    { "8160", "8", "Food and related products machine operators", "Операторы машин по производству пищевых и родственных продуктов", "Озиқ-овқат ва турдош маҳсулотлар ишлаб чиқариш машиналари операторлари", "Oziq-ovqat va turdosh mahsulotlar ishlab chiqarish mashinalari operatorlari" },
                    { "8189", "8", "Stationary plant and machine operators not elsewhere classified", "Операторы стационарных установок и машин, не входящие в другие группы", "Бошқа гуруҳларга кирмаган стационар қурилма ва машиналар операторлари", "Boshqa guruhlarga kirmagan statsionar qurilma va mashinalar operatorlari" },
                    { "8211", "8", "Mechanical machinery assemblers", "Сборщики механических машин", "Механик машиналарни йиғувчилар", "Mexanik mashinalarni yig‘uvchilar" },
                    { "8212", "8", "Electrical and electronic equipment assemblers", "Сборщики электрического и электронного оборудования", "Электр ва электрон ускуналарни йиғувчилар", "Elektr va elektron uskunalarni yig‘uvchilar" },
                    { "8322", "8", "Car, taxi and van drivers", "Водители легковых автомобилей, такси и фургонов", "Енгил автомобиль, такси ва фургон ҳайдовчилари", "Yengil avtomobil, taksi va furgon haydovchilari" },
                    { "8331", "8", "Bus and tram drivers", "Водители автобусов и трамваев", "Автобус ва трамвай ҳайдовчилари", "Avtobus va tramvay haydovchilari" },
                    { "8332", "8", "Heavy truck and lorry drivers", "Водители грузовых автомобилей большой грузоподъемности", "Оғир юк автомобиллари ҳайдовчилари", "Og‘ir yuk avtomobillari haydovchilari" },
                    { "8341", "8", "Mobile farm and forestry plant operators", "Операторы самоходных сельскохозяйственных и лесохозяйственных машин", "Қишлоқ ва ўрмон хўжалиги ўзиюрар техникаси операторлари", "Qishloq va o‘rmon xo‘jaligi o‘ziyurar texnikasi operatorlari" },
                    { "8342", "8", "Earthmoving and related plant operators", "Операторы землеройных и аналогичных машин", "Ер қазиш ва турдош машиналар операторлари", "Yer qazish va turdosh mashinalar operatorlari" },
                    { "8343", "8", "Crane, hoist and related plant operators", "Операторы кранов, подъемников и аналогичного оборудования", "Кран, кўтаргич ва турдош ускуналар операторлари", "Kran, ko‘targich va turdosh uskunalar operatorlari" },
                    { "8344", "8", "Lifting truck operators", "Водители погрузчиков", "Автоюклагич ҳайдовчилари", "Avtoyuklagich haydovchilari" },
                    { "9", null, "Elementary occupations", "Неквалифицированные рабочие", "Малакасиз ишчилар", "Malakasiz ishchilar" },
                    { "9111", "9", "Domestic cleaners and helpers", "Домашние уборщики и помощники", "Уй фаррошлари ва ёрдамчилари", "Uy farroshlari va yordamchilari" },
                    { "9112", "9", "Cleaners and helpers in offices, hotels and other establishments", "Уборщики и помощники в офисах, гостиницах и других учреждениях", "Офис, меҳмонхона ва бошқа муассасалар фаррошлари ва ёрдамчилари", "Ofis, mehmonxona va boshqa muassasalar farroshlari va yordamchilari" },
                    { "9121", "9", "Hand launderers and pressers", "Прачки и гладильщики, работающие вручную", "Қўлда кир ювувчилар ва дазмолловчилар", "Qo‘lda kir yuvuvchilar va dazmollovchilar" },
                    { "9122", "9", "Vehicle cleaners", "Мойщики транспортных средств", "Транспорт воситаларини ювувчилар", "Transport vositalarini yuvuvchilar" },
                    { "9129", "9", "Other cleaning workers", "Прочие уборщики", "Бошқа тозалаш ишчилари", "Boshqa tozalash ishchilari" },
                    { "9211", "9", "Crop farm labourers", "Неквалифицированные рабочие, занятые в растениеводстве", "Деҳқончиликдаги малакасиз ишчилар", "Dehqonchilikdagi malakasiz ishchilar" },
                    { "9212", "9", "Livestock farm labourers", "Неквалифицированные рабочие, занятые в животноводстве", "Чорвачиликдаги малакасиз ишчилар", "Chorvachilikdagi malakasiz ishchilar" },
                    { "9213", "9", "Mixed crop and livestock farm labourers", "Неквалифицированные рабочие, занятые в растениеводстве и животноводстве", "Аралаш деҳқончилик ва чорвачиликдаги малакасиз ишчилар", "Aralash dehqonchilik va chorvachilikdagi malakasiz ishchilar" },
                    { "9214", "9", "Garden and horticultural labourers", "Неквалифицированные рабочие, занятые в садоводстве", "Боғдорчилик ва гулчиликдаги малакасиз ишчилар", "Bog‘dorchilik va gulchilikdagi malakasiz ishchilar" },
                    { "9311", "9", "Mining and quarrying labourers", "Неквалифицированные рабочие горнодобывающей промышленности", "Тоғ-кон саноатидаги малакасиз ишчилар", "Tog‘-kon sanoatidagi malakasiz ishchilar" },
                    { "9312", "9", "Civil engineering labourers", "Неквалифицированные рабочие на строительстве дорог, плотин и аналогичных сооружений", "Йўл ва иншоотлар қурилишидаги малакасиз ишчилар", "Yo‘l va inshootlar qurilishidagi malakasiz ishchilar" },
                    { "9313", "9", "Building construction labourers", "Неквалифицированные рабочие на строительстве зданий", "Бино қурилишидаги малакасиз ишчилар", "Bino qurilishidagi malakasiz ishchilar" },
                    { "9321", "9", "Hand packers", "Упаковщики, работающие вручную", "Қўлда қадоқловчилар", "Qo‘lda qadoqlovchilar" },
                    { "9329", "9", "Manufacturing labourers not elsewhere classified", "Неквалифицированные рабочие обрабатывающей промышленности, не входящие в другие группы", "Бошқа гуруҳларга кирмаган ишлаб чиқаришдаги малакасиз ишчилар", "Boshqa guruhlarga kirmagan ishlab chiqarishdagi malakasiz ishchilar" },
                    { "9333", "9", "Freight handlers", "Грузчики", "Юкчилар", "Yukchilar" },
                    { "9411", "9", "Fast food preparers", "Работники по приготовлению быстрого питания", "Тезкор таомлар тайёрловчилар", "Tezkor taomlar tayyorlovchilar" },
                    { "9412", "9", "Kitchen helpers", "Помощники на кухне", "Ошхона ёрдамчилари", "Oshxona yordamchilari" },
                    { "9621", "9", "Messengers, package deliverers and luggage porters", "Курьеры, доставщики и носильщики", "Курьерлар, етказиб берувчилар ва ҳаммоллар", "Kuryerlar, yetkazib beruvchilar va hammollar" },
                    { "9622", "9", "Odd job persons", "Разнорабочие", "Турли юмушларни бажарувчи ишчилар", "Turli yumushlarni bajaruvchi ishchilar" }
                });

            migrationBuilder.InsertData(
                table: "regions",
                columns: new[] { "id", "code", "name_en", "name_ru", "name_uz_cyrl", "name_uz_latn" },
                values: new object[,]
                {
                    { 1, "UZ-QR", "Republic of Karakalpakstan", "Республика Каракалпакстан", "Қорақалпоғистон Республикаси", "Qoraqalpog‘iston Respublikasi" },
                    { 2, "UZ-AN", "Andijan Region", "Андижанская область", "Андижон вилояти", "Andijon viloyati" },
                    { 3, "UZ-BU", "Bukhara Region", "Бухарская область", "Бухоро вилояти", "Buxoro viloyati" },
                    { 4, "UZ-FA", "Fergana Region", "Ферганская область", "Фарғона вилояти", "Farg‘ona viloyati" },
                    { 5, "UZ-JI", "Jizzakh Region", "Джизакская область", "Жиззах вилояти", "Jizzax viloyati" },
                    { 6, "UZ-QA", "Kashkadarya Region", "Кашкадарьинская область", "Қашқадарё вилояти", "Qashqadaryo viloyati" },
                    { 7, "UZ-XO", "Khorezm Region", "Хорезмская область", "Хоразм вилояти", "Xorazm viloyati" },
                    { 8, "UZ-NG", "Namangan Region", "Наманганская область", "Наманган вилояти", "Namangan viloyati" },
                    { 9, "UZ-NW", "Navoi Region", "Навоийская область", "Навоий вилояти", "Navoiy viloyati" },
                    { 10, "UZ-SA", "Samarkand Region", "Самаркандская область", "Самарқанд вилояти", "Samarqand viloyati" },
                    { 11, "UZ-SU", "Surkhandarya Region", "Сурхандарьинская область", "Сурхондарё вилояти", "Surxondaryo viloyati" },
                    { 12, "UZ-SI", "Syrdarya Region", "Сырдарьинская область", "Сирдарё вилояти", "Sirdaryo viloyati" },
                    { 13, "UZ-TO", "Tashkent Region", "Ташкентская область", "Тошкент вилояти", "Toshkent viloyati" },
                    { 14, "UZ-TK", "Tashkent City", "город Ташкент", "Тошкент шаҳри", "Toshkent shahri" }
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

            migrationBuilder.InsertData(
                table: "agency_units",
                columns: new[] { "id", "country_code", "is_active", "kind", "name_en", "name_ru", "name_uz_cyrl", "name_uz_latn", "region_id" },
                values: new object[,]
                {
                    { new Guid("00000000-0000-0000-0001-000000000001"), null, true, "TerritorialBranch", "Republic of Karakalpakstan Branch", "Территориальное управление Республики Каракалпакстан", "Қорақалпоғистон Республикаси ҳудудий бошқармаси", "Qoraqalpog‘iston Respublikasi hududiy boshqarmasi", 1 },
                    { new Guid("00000000-0000-0000-0001-000000000002"), null, true, "TerritorialBranch", "Andijan Regional Branch", "Территориальное управление Андижанской области", "Андижон вилояти ҳудудий бошқармаси", "Andijon viloyati hududiy boshqarmasi", 2 },
                    { new Guid("00000000-0000-0000-0001-000000000003"), null, true, "TerritorialBranch", "Bukhara Regional Branch", "Территориальное управление Бухарской области", "Бухоро вилояти ҳудудий бошқармаси", "Buxoro viloyati hududiy boshqarmasi", 3 },
                    { new Guid("00000000-0000-0000-0001-000000000004"), null, true, "TerritorialBranch", "Fergana Regional Branch", "Территориальное управление Ферганской области", "Фарғона вилояти ҳудудий бошқармаси", "Farg‘ona viloyati hududiy boshqarmasi", 4 },
                    { new Guid("00000000-0000-0000-0001-000000000005"), null, true, "TerritorialBranch", "Jizzakh Regional Branch", "Территориальное управление Джизакской области", "Жиззах вилояти ҳудудий бошқармаси", "Jizzax viloyati hududiy boshqarmasi", 5 },
                    { new Guid("00000000-0000-0000-0001-000000000006"), null, true, "TerritorialBranch", "Kashkadarya Regional Branch", "Территориальное управление Кашкадарьинской области", "Қашқадарё вилояти ҳудудий бошқармаси", "Qashqadaryo viloyati hududiy boshqarmasi", 6 },
                    { new Guid("00000000-0000-0000-0001-000000000007"), null, true, "TerritorialBranch", "Khorezm Regional Branch", "Территориальное управление Хорезмской области", "Хоразм вилояти ҳудудий бошқармаси", "Xorazm viloyati hududiy boshqarmasi", 7 },
                    { new Guid("00000000-0000-0000-0001-000000000008"), null, true, "TerritorialBranch", "Namangan Regional Branch", "Территориальное управление Наманганской области", "Наманган вилояти ҳудудий бошқармаси", "Namangan viloyati hududiy boshqarmasi", 8 },
                    { new Guid("00000000-0000-0000-0001-000000000009"), null, true, "TerritorialBranch", "Navoi Regional Branch", "Территориальное управление Навоийской области", "Навоий вилояти ҳудудий бошқармаси", "Navoiy viloyati hududiy boshqarmasi", 9 },
                    { new Guid("00000000-0000-0000-0001-000000000010"), null, true, "TerritorialBranch", "Samarkand Regional Branch", "Территориальное управление Самаркандской области", "Самарқанд вилояти ҳудудий бошқармаси", "Samarqand viloyati hududiy boshqarmasi", 10 },
                    { new Guid("00000000-0000-0000-0001-000000000011"), null, true, "TerritorialBranch", "Surkhandarya Regional Branch", "Территориальное управление Сурхандарьинской области", "Сурхондарё вилояти ҳудудий бошқармаси", "Surxondaryo viloyati hududiy boshqarmasi", 11 },
                    { new Guid("00000000-0000-0000-0001-000000000012"), null, true, "TerritorialBranch", "Syrdarya Regional Branch", "Территориальное управление Сырдарьинской области", "Сирдарё вилояти ҳудудий бошқармаси", "Sirdaryo viloyati hududiy boshqarmasi", 12 },
                    { new Guid("00000000-0000-0000-0001-000000000013"), null, true, "TerritorialBranch", "Tashkent Regional Branch", "Территориальное управление Ташкентской области", "Тошкент вилояти ҳудудий бошқармаси", "Toshkent viloyati hududiy boshqarmasi", 13 },
                    { new Guid("00000000-0000-0000-0001-000000000014"), null, true, "TerritorialBranch", "Tashkent City Branch", "Территориальное управление города Ташкента", "Тошкент шаҳри ҳудудий бошқармаси", "Toshkent shahri hududiy boshqarmasi", 14 },
                    { new Guid("00000000-0000-0000-0002-000000000001"), "RU", true, "RepresentativeOffice", "Representative Office in the Russian Federation", "Представительство в Российской Федерации", "Россия Федерациясидаги ваколатхона", "Rossiya Federatsiyasidagi vakolatxona", null },
                    { new Guid("00000000-0000-0000-0002-000000000002"), "KR", true, "RepresentativeOffice", "Representative Office in the Republic of Korea", "Представительство в Республике Корея", "Корея Республикасидаги ваколатхона", "Koreya Respublikasidagi vakolatxona", null },
                    { new Guid("00000000-0000-0000-0002-000000000003"), "KZ", true, "RepresentativeOffice", "Representative Office in the Republic of Kazakhstan", "Представительство в Республике Казахстан", "Қозоғистон Республикасидаги ваколатхона", "Qozog‘iston Respublikasidagi vakolatxona", null },
                    { new Guid("00000000-0000-0000-0002-000000000004"), "TR", true, "RepresentativeOffice", "Representative Office in the Republic of Türkiye", "Представительство в Турецкой Республике", "Туркия Республикасидаги ваколатхона", "Turkiya Respublikasidagi vakolatxona", null },
                    { new Guid("00000000-0000-0000-0003-000000000001"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Nukus", "Моноцентр «Ишга мархамат» — Нукус", "«Ишга марҳамат» мономаркази — Нукус", "“Ishga marhamat” monomarkazi — Nukus", 1 },
                    { new Guid("00000000-0000-0000-0003-000000000002"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Andijan", "Моноцентр «Ишга мархамат» — Андижан", "«Ишга марҳамат» мономаркази — Андижон", "“Ishga marhamat” monomarkazi — Andijon", 2 },
                    { new Guid("00000000-0000-0000-0003-000000000003"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Bukhara", "Моноцентр «Ишга мархамат» — Бухара", "«Ишга марҳамат» мономаркази — Бухоро", "“Ishga marhamat” monomarkazi — Buxoro", 3 },
                    { new Guid("00000000-0000-0000-0003-000000000004"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Fergana", "Моноцентр «Ишга мархамат» — Фергана", "«Ишга марҳамат» мономаркази — Фарғона", "“Ishga marhamat” monomarkazi — Farg‘ona", 4 },
                    { new Guid("00000000-0000-0000-0003-000000000005"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Jizzakh", "Моноцентр «Ишга мархамат» — Джизак", "«Ишга марҳамат» мономаркази — Жиззах", "“Ishga marhamat” monomarkazi — Jizzax", 5 },
                    { new Guid("00000000-0000-0000-0003-000000000006"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Karshi", "Моноцентр «Ишга мархамат» — Карши", "«Ишга марҳамат» мономаркази — Қарши", "“Ishga marhamat” monomarkazi — Qarshi", 6 },
                    { new Guid("00000000-0000-0000-0003-000000000007"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Urgench", "Моноцентр «Ишга мархамат» — Ургенч", "«Ишга марҳамат» мономаркази — Урганч", "“Ishga marhamat” monomarkazi — Urganch", 7 },
                    { new Guid("00000000-0000-0000-0003-000000000008"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Namangan", "Моноцентр «Ишга мархамат» — Наманган", "«Ишга марҳамат» мономаркази — Наманган", "“Ishga marhamat” monomarkazi — Namangan", 8 },
                    { new Guid("00000000-0000-0000-0003-000000000009"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Navoi", "Моноцентр «Ишга мархамат» — Навои", "«Ишга марҳамат» мономаркази — Навоий", "“Ishga marhamat” monomarkazi — Navoiy", 9 },
                    { new Guid("00000000-0000-0000-0003-000000000010"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Samarkand", "Моноцентр «Ишга мархамат» — Самарканд", "«Ишга марҳамат» мономаркази — Самарқанд", "“Ishga marhamat” monomarkazi — Samarqand", 10 },
                    { new Guid("00000000-0000-0000-0003-000000000011"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Termez", "Моноцентр «Ишга мархамат» — Термез", "«Ишга марҳамат» мономаркази — Термиз", "“Ishga marhamat” monomarkazi — Termiz", 11 },
                    { new Guid("00000000-0000-0000-0003-000000000012"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Gulistan", "Моноцентр «Ишга мархамат» — Гулистан", "«Ишга марҳамат» мономаркази — Гулистон", "“Ishga marhamat” monomarkazi — Guliston", 12 },
                    { new Guid("00000000-0000-0000-0003-000000000013"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Nurafshon", "Моноцентр «Ишга мархамат» — Нурафшан", "«Ишга марҳамат» мономаркази — Нурафшон", "“Ishga marhamat” monomarkazi — Nurafshon", 13 },
                    { new Guid("00000000-0000-0000-0003-000000000014"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Tashkent, Chilanzar", "Моноцентр «Ишга мархамат» — Ташкент, Чиланзар", "«Ишга марҳамат» мономаркази — Тошкент, Чилонзор", "“Ishga marhamat” monomarkazi — Toshkent, Chilonzor", 14 },
                    { new Guid("00000000-0000-0000-0003-000000000015"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Kattakurgan", "Моноцентр «Ишга мархамат» — Каттакурган", "«Ишга марҳамат» мономаркази — Каттақўрғон", "“Ishga marhamat” monomarkazi — Kattaqo‘rg‘on", 10 },
                    { new Guid("00000000-0000-0000-0003-000000000016"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Kokand", "Моноцентр «Ишга мархамат» — Коканд", "«Ишга марҳамат» мономаркази — Қўқон", "“Ishga marhamat” monomarkazi — Qo‘qon", 4 },
                    { new Guid("00000000-0000-0000-0003-000000000017"), null, true, "TrainingCenter", "“Ishga Marhamat” Monocenter — Tashkent, Yunusabad", "Моноцентр «Ишга мархамат» — Ташкент, Юнусабад", "«Ишга марҳамат» мономаркази — Тошкент, Юнусобод", "“Ishga marhamat” monomarkazi — Toshkent, Yunusobod", 14 }
                });

            migrationBuilder.InsertData(
                table: "districts",
                columns: new[] { "id", "name_en", "name_ru", "name_uz_cyrl", "name_uz_latn", "region_id" },
                values: new object[,]
                {
                    { 1, "Nukus City", "город Нукус", "Нукус шаҳри", "Nukus shahri", 1 },
                    { 2, "Amudarya District", "Амударьинский район", "Амударё тумани", "Amudaryo tumani", 1 },
                    { 3, "Beruni District", "Берунийский район", "Беруний тумани", "Beruniy tumani", 1 },
                    { 4, "Bozatau District", "Бозатауский район", "Бўзатов тумани", "Bo‘zatov tumani", 1 },
                    { 5, "Chimbay District", "Чимбайский район", "Чимбой тумани", "Chimboy tumani", 1 },
                    { 6, "Ellikkala District", "Элликкалинский район", "Элликқалъа тумани", "Ellikqal’a tumani", 1 },
                    { 7, "Kegeyli District", "Кегейлийский район", "Кегейли тумани", "Kegeyli tumani", 1 },
                    { 8, "Muynak District", "Муйнакский район", "Мўйноқ тумани", "Mo‘ynoq tumani", 1 },
                    { 9, "Nukus District", "Нукусский район", "Нукус тумани", "Nukus tumani", 1 },
                    { 10, "Kanlikul District", "Канлыкульский район", "Қанликўл тумани", "Qanliko‘l tumani", 1 },
                    { 11, "Kungrad District", "Кунградский район", "Қўнғирот тумани", "Qo‘ng‘irot tumani", 1 },
                    { 12, "Karauzyak District", "Караузякский район", "Қораўзак тумани", "Qorao‘zak tumani", 1 },
                    { 13, "Shumanay District", "Шуманайский район", "Шуманай тумани", "Shumanay tumani", 1 },
                    { 14, "Takhiatash District", "Тахиаташский район", "Тахиатош тумани", "Taxiatosh tumani", 1 },
                    { 15, "Takhtakupyr District", "Тахтакупырский район", "Тахтакўпир тумани", "Taxtako‘pir tumani", 1 },
                    { 16, "Turtkul District", "Турткульский район", "Тўрткўл тумани", "To‘rtko‘l tumani", 1 },
                    { 17, "Khodjeyli District", "Ходжейлийский район", "Хўжайли тумани", "Xo‘jayli tumani", 1 },
                    { 18, "Andijan City", "город Андижан", "Андижон шаҳри", "Andijon shahri", 2 },
                    { 19, "Khanabad City", "город Ханабад", "Хонобод шаҳри", "Xonobod shahri", 2 },
                    { 20, "Andijan District", "Андижанский район", "Андижон тумани", "Andijon tumani", 2 },
                    { 21, "Asaka District", "Асакинский район", "Асака тумани", "Asaka tumani", 2 },
                    { 22, "Balikchi District", "Балыкчинский район", "Балиқчи тумани", "Baliqchi tumani", 2 },
                    { 23, "Boz District", "Бозский район", "Бўз тумани", "Bo‘z tumani", 2 },
                    { 24, "Bulakbashi District", "Булакбашинский район", "Булоқбоши тумани", "Buloqboshi tumani", 2 },
                    { 25, "Izbaskan District", "Избасканский район", "Избоскан тумани", "Izboskan tumani", 2 },
                    { 26, "Jalakuduk District", "Джалакудукский район", "Жалақудуқ тумани", "Jalaquduq tumani", 2 },
                    { 27, "Marhamat District", "Мархаматский район", "Марҳамат тумани", "Marhamat tumani", 2 },
                    { 28, "Altynkul District", "Алтынкульский район", "Олтинкўл тумани", "Oltinko‘l tumani", 2 },
                    { 29, "Pakhtaabad District", "Пахтаабадский район", "Пахтаобод тумани", "Paxtaobod tumani", 2 },
                    { 30, "Kurgantepa District", "Кургантепинский район", "Қўрғонтепа тумани", "Qo‘rg‘ontepa tumani", 2 },
                    { 31, "Shahrikhan District", "Шахриханский район", "Шаҳрихон тумани", "Shahrixon tumani", 2 },
                    { 32, "Ulugnor District", "Улугнорский район", "Улуғнор тумани", "Ulug‘nor tumani", 2 },
                    { 33, "Khodjaabad District", "Ходжаабадский район", "Хўжаобод тумани", "Xo‘jaobod tumani", 2 },
                    { 34, "Bukhara City", "город Бухара", "Бухоро шаҳри", "Buxoro shahri", 3 },
                    { 35, "Kagan City", "город Каган", "Когон шаҳри", "Kogon shahri", 3 },
                    { 36, "Bukhara District", "Бухарский район", "Бухоро тумани", "Buxoro tumani", 3 },
                    { 37, "Gijduvan District", "Гиждуванский район", "Ғиждувон тумани", "G‘ijduvon tumani", 3 },
                    { 38, "Jondor District", "Жондорский район", "Жондор тумани", "Jondor tumani", 3 },
                    { 39, "Kagan District", "Каганский район", "Когон тумани", "Kogon tumani", 3 },
                    { 40, "Alat District", "Алатский район", "Олот тумани", "Olot tumani", 3 },
                    { 41, "Peshku District", "Пешкунский район", "Пешку тумани", "Peshku tumani", 3 },
                    { 42, "Karakul District", "Каракульский район", "Қоракўл тумани", "Qorako‘l tumani", 3 },
                    { 43, "Karaulbazar District", "Караулбазарский район", "Қоровулбозор тумани", "Qorovulbozor tumani", 3 },
                    { 44, "Romitan District", "Ромитанский район", "Ромитан тумани", "Romitan tumani", 3 },
                    { 45, "Shafirkan District", "Шафирканский район", "Шофиркон тумани", "Shofirkon tumani", 3 },
                    { 46, "Vabkent District", "Вабкентский район", "Вобкент тумани", "Vobkent tumani", 3 },
                    { 47, "Fergana City", "город Фергана", "Фарғона шаҳри", "Farg‘ona shahri", 4 },
                    { 48, "Margilan City", "город Маргилан", "Марғилон шаҳри", "Marg‘ilon shahri", 4 },
                    { 49, "Kokand City", "город Коканд", "Қўқон шаҳри", "Qo‘qon shahri", 4 },
                    { 50, "Kuvasay City", "город Кувасай", "Қувасой шаҳри", "Quvasoy shahri", 4 },
                    { 51, "Bagdad District", "Багдадский район", "Бағдод тумани", "Bag‘dod tumani", 4 },
                    { 52, "Besharyk District", "Бешарыкский район", "Бешариқ тумани", "Beshariq tumani", 4 },
                    { 53, "Buvayda District", "Бувайдинский район", "Бувайда тумани", "Buvayda tumani", 4 },
                    { 54, "Dangara District", "Дангаринский район", "Данғара тумани", "Dang‘ara tumani", 4 },
                    { 55, "Fergana District", "Ферганский район", "Фарғона тумани", "Farg‘ona tumani", 4 },
                    { 56, "Furkat District", "Фуркатский район", "Фурқат тумани", "Furqat tumani", 4 },
                    { 57, "Altyaryk District", "Алтыарыкский район", "Олтиариқ тумани", "Oltiariq tumani", 4 },
                    { 58, "Uzbekistan District", "Узбекистанский район", "Ўзбекистон тумани", "O‘zbekiston tumani", 4 },
                    { 59, "Kushtepa District", "Куштепинский район", "Қўштепа тумани", "Qo‘shtepa tumani", 4 },
                    { 60, "Kuva District", "Кувинский район", "Қува тумани", "Quva tumani", 4 },
                    { 61, "Rishtan District", "Риштанский район", "Риштон тумани", "Rishton tumani", 4 },
                    { 62, "Sokh District", "Сохский район", "Сўх тумани", "So‘x tumani", 4 },
                    { 63, "Tashlak District", "Ташлакский район", "Тошлоқ тумани", "Toshloq tumani", 4 },
                    { 64, "Uchkuprik District", "Учкуприкский район", "Учкўприк тумани", "Uchko‘prik tumani", 4 },
                    { 65, "Yazyavan District", "Язъяванский район", "Ёзёвон тумани", "Yozyovon tumani", 4 },
                    { 66, "Jizzakh City", "город Джизак", "Жиззах шаҳри", "Jizzax shahri", 5 },
                    { 67, "Arnasay District", "Арнасайский район", "Арнасой тумани", "Arnasoy tumani", 5 },
                    { 68, "Bakhmal District", "Бахмальский район", "Бахмал тумани", "Baxmal tumani", 5 },
                    { 69, "Dustlik District", "Дустликский район", "Дўстлик тумани", "Do‘stlik tumani", 5 },
                    { 70, "Farish District", "Фаришский район", "Фориш тумани", "Forish tumani", 5 },
                    { 71, "Gallyaaral District", "Галляаральский район", "Ғаллаорол тумани", "G‘allaorol tumani", 5 },
                    { 72, "Mirzachul District", "Мирзачульский район", "Мирзачўл тумани", "Mirzacho‘l tumani", 5 },
                    { 73, "Pakhtakor District", "Пахтакорский район", "Пахтакор тумани", "Paxtakor tumani", 5 },
                    { 74, "Sharof Rashidov District", "Шараф-Рашидовский район", "Шароф Рашидов тумани", "Sharof Rashidov tumani", 5 },
                    { 75, "Yangiabad District", "Янгиабадский район", "Янгиобод тумани", "Yangiobod tumani", 5 },
                    { 76, "Zafarabad District", "Зафарабадский район", "Зафаробод тумани", "Zafarobod tumani", 5 },
                    { 77, "Zarbdar District", "Зарбдарский район", "Зарбдор тумани", "Zarbdor tumani", 5 },
                    { 78, "Zaamin District", "Зааминский район", "Зомин тумани", "Zomin tumani", 5 },
                    { 79, "Karshi City", "город Карши", "Қарши шаҳри", "Qarshi shahri", 6 },
                    { 80, "Shahrisabz City", "город Шахрисабз", "Шаҳрисабз шаҳри", "Shahrisabz shahri", 6 },
                    { 81, "Chirakchi District", "Чиракчинский район", "Чироқчи тумани", "Chiroqchi tumani", 6 },
                    { 82, "Dehkanabad District", "Дехканабадский район", "Деҳқонобод тумани", "Dehqonobod tumani", 6 },
                    { 83, "Guzar District", "Гузарский район", "Ғузор тумани", "G‘uzor tumani", 6 },
                    { 84, "Kasbi District", "Касбийский район", "Касби тумани", "Kasbi tumani", 6 },
                    { 85, "Kitab District", "Китабский район", "Китоб тумани", "Kitob tumani", 6 },
                    { 86, "Kasan District", "Касанский район", "Косон тумани", "Koson tumani", 6 },
                    { 87, "Kukdala District", "Кукдалинский район", "Кўкдала тумани", "Ko‘kdala tumani", 6 },
                    { 88, "Mirishkor District", "Миришкорский район", "Миришкор тумани", "Mirishkor tumani", 6 },
                    { 89, "Mubarek District", "Мубарекский район", "Муборак тумани", "Muborak tumani", 6 },
                    { 90, "Nishan District", "Нишанский район", "Нишон тумани", "Nishon tumani", 6 },
                    { 91, "Kamashi District", "Камашинский район", "Қамаши тумани", "Qamashi tumani", 6 },
                    { 92, "Karshi District", "Каршинский район", "Қарши тумани", "Qarshi tumani", 6 },
                    { 93, "Shahrisabz District", "Шахрисабзский район", "Шаҳрисабз тумани", "Shahrisabz tumani", 6 },
                    { 94, "Yakkabag District", "Яккабагский район", "Яккабоғ тумани", "Yakkabog‘ tumani", 6 },
                    { 95, "Urgench City", "город Ургенч", "Урганч шаҳри", "Urganch shahri", 7 },
                    { 96, "Khiva City", "город Хива", "Хива шаҳри", "Xiva shahri", 7 },
                    { 97, "Bagat District", "Багатский район", "Боғот тумани", "Bog‘ot tumani", 7 },
                    { 98, "Gurlen District", "Гурленский район", "Гурлан тумани", "Gurlan tumani", 7 },
                    { 99, "Khazarasp District", "Хазараспский район", "Ҳазорасп тумани", "Hazorasp tumani", 7 },
                    { 100, "Koshkupyr District", "Кошкупырский район", "Қўшкўпир тумани", "Qo‘shko‘pir tumani", 7 },
                    { 101, "Shavat District", "Шаватский район", "Шовот тумани", "Shovot tumani", 7 },
                    { 102, "Tuprakkala District", "Тупраккалинский район", "Тупроққалъа тумани", "Tuproqqal’a tumani", 7 },
                    { 103, "Urgench District", "Ургенчский район", "Урганч тумани", "Urganch tumani", 7 },
                    { 104, "Khiva District", "Хивинский район", "Хива тумани", "Xiva tumani", 7 },
                    { 105, "Khanka District", "Ханкинский район", "Хонқа тумани", "Xonqa tumani", 7 },
                    { 106, "Yangiaryk District", "Янгиарыкский район", "Янгиариқ тумани", "Yangiariq tumani", 7 },
                    { 107, "Yangibazar District", "Янгибазарский район", "Янгибозор тумани", "Yangibozor tumani", 7 },
                    { 108, "Namangan City", "город Наманган", "Наманган шаҳри", "Namangan shahri", 8 },
                    { 109, "Chartak District", "Чартакский район", "Чортоқ тумани", "Chortoq tumani", 8 },
                    { 110, "Chust District", "Чустский район", "Чуст тумани", "Chust tumani", 8 },
                    { 111, "Kasansay District", "Касансайский район", "Косонсой тумани", "Kosonsoy tumani", 8 },
                    { 112, "Mingbulak District", "Мингбулакский район", "Мингбулоқ тумани", "Mingbuloq tumani", 8 },
                    { 113, "Namangan District", "Наманганский район", "Наманган тумани", "Namangan tumani", 8 },
                    { 114, "Naryn District", "Нарынский район", "Норин тумани", "Norin tumani", 8 },
                    { 115, "Pap District", "Папский район", "Поп тумани", "Pop tumani", 8 },
                    { 116, "Turakurgan District", "Туракурганский район", "Тўрақўрғон тумани", "To‘raqo‘rg‘on tumani", 8 },
                    { 117, "Uchkurgan District", "Учкурганский район", "Учқўрғон тумани", "Uchqo‘rg‘on tumani", 8 },
                    { 118, "Uychi District", "Уйчинский район", "Уйчи тумани", "Uychi tumani", 8 },
                    { 119, "Yangikurgan District", "Янгикурганский район", "Янгиқўрғон тумани", "Yangiqo‘rg‘on tumani", 8 },
                    { 120, "Navoi City", "город Навои", "Навоий шаҳри", "Navoiy shahri", 9 },
                    { 121, "Zarafshan City", "город Зарафшан", "Зарафшон шаҳри", "Zarafshon shahri", 9 },
                    { 122, "Gazgan City", "город Газган", "Ғозғон шаҳри", "G‘ozg‘on shahri", 9 },
                    { 123, "Karmana District", "Карманинский район", "Кармана тумани", "Karmana tumani", 9 },
                    { 124, "Kanimekh District", "Канимехский район", "Конимех тумани", "Konimex tumani", 9 },
                    { 125, "Navbahor District", "Навбахорский район", "Навбаҳор тумани", "Navbahor tumani", 9 },
                    { 126, "Nurata District", "Нуратинский район", "Нурота тумани", "Nurota tumani", 9 },
                    { 127, "Kyzyltepa District", "Кызылтепинский район", "Қизилтепа тумани", "Qiziltepa tumani", 9 },
                    { 128, "Tamdy District", "Тамдынский район", "Томди тумани", "Tomdi tumani", 9 },
                    { 129, "Uchkuduk District", "Учкудукский район", "Учқудуқ тумани", "Uchquduq tumani", 9 },
                    { 130, "Khatyrchi District", "Хатырчинский район", "Хатирчи тумани", "Xatirchi tumani", 9 },
                    { 131, "Samarkand City", "город Самарканд", "Самарқанд шаҳри", "Samarqand shahri", 10 },
                    { 132, "Kattakurgan City", "город Каттакурган", "Каттақўрғон шаҳри", "Kattaqo‘rg‘on shahri", 10 },
                    { 133, "Bulungur District", "Булунгурский район", "Булунғур тумани", "Bulung‘ur tumani", 10 },
                    { 134, "Ishtikhan District", "Иштыханский район", "Иштихон тумани", "Ishtixon tumani", 10 },
                    { 135, "Jambay District", "Джамбайский район", "Жомбой тумани", "Jomboy tumani", 10 },
                    { 136, "Kattakurgan District", "Каттакурганский район", "Каттақўрғон тумани", "Kattaqo‘rg‘on tumani", 10 },
                    { 137, "Narpay District", "Нарпайский район", "Нарпай тумани", "Narpay tumani", 10 },
                    { 138, "Nurabad District", "Нурабадский район", "Нуробод тумани", "Nurobod tumani", 10 },
                    { 139, "Akdarya District", "Акдарьинский район", "Оқдарё тумани", "Oqdaryo tumani", 10 },
                    { 140, "Pastdargom District", "Пастдаргомский район", "Пастдарғом тумани", "Pastdarg‘om tumani", 10 },
                    { 141, "Pakhtachi District", "Пахтачийский район", "Пахтачи тумани", "Paxtachi tumani", 10 },
                    { 142, "Payaryk District", "Пайарыкский район", "Паяриқ тумани", "Payariq tumani", 10 },
                    { 143, "Koshrabad District", "Кошрабадский район", "Қўшработ тумани", "Qo‘shrabot tumani", 10 },
                    { 144, "Samarkand District", "Самаркандский район", "Самарқанд тумани", "Samarqand tumani", 10 },
                    { 145, "Taylak District", "Тайлакский район", "Тойлоқ тумани", "Toyloq tumani", 10 },
                    { 146, "Urgut District", "Ургутский район", "Ургут тумани", "Urgut tumani", 10 },
                    { 147, "Termez City", "город Термез", "Термиз шаҳри", "Termiz shahri", 11 },
                    { 148, "Angor District", "Ангорский район", "Ангор тумани", "Angor tumani", 11 },
                    { 149, "Bandikhan District", "Бандиханский район", "Бандихон тумани", "Bandixon tumani", 11 },
                    { 150, "Baysun District", "Байсунский район", "Бойсун тумани", "Boysun tumani", 11 },
                    { 151, "Denau District", "Денауский район", "Денов тумани", "Denov tumani", 11 },
                    { 152, "Jarkurgan District", "Джаркурганский район", "Жарқўрғон тумани", "Jarqo‘rg‘on tumani", 11 },
                    { 153, "Muzrabad District", "Музрабадский район", "Музработ тумани", "Muzrabot tumani", 11 },
                    { 154, "Altynsay District", "Алтынсайский район", "Олтинсой тумани", "Oltinsoy tumani", 11 },
                    { 155, "Kizirik District", "Кизирикский район", "Қизириқ тумани", "Qiziriq tumani", 11 },
                    { 156, "Kumkurgan District", "Кумкурганский район", "Қумқўрғон тумани", "Qumqo‘rg‘on tumani", 11 },
                    { 157, "Sariasiya District", "Сариасийский район", "Сариосиё тумани", "Sariosiyo tumani", 11 },
                    { 158, "Sherabad District", "Шерабадский район", "Шеробод тумани", "Sherobod tumani", 11 },
                    { 159, "Shurchi District", "Шурчинский район", "Шўрчи тумани", "Sho‘rchi tumani", 11 },
                    { 160, "Termez District", "Термезский район", "Термиз тумани", "Termiz tumani", 11 },
                    { 161, "Uzun District", "Узунский район", "Узун тумани", "Uzun tumani", 11 },
                    { 162, "Gulistan City", "город Гулистан", "Гулистон шаҳри", "Guliston shahri", 12 },
                    { 163, "Shirin City", "город Ширин", "Ширин шаҳри", "Shirin shahri", 12 },
                    { 164, "Yangiyer City", "город Янгиер", "Янгиер шаҳри", "Yangiyer shahri", 12 },
                    { 165, "Bayaut District", "Баяутский район", "Боёвут тумани", "Boyovut tumani", 12 },
                    { 166, "Gulistan District", "Гулистанский район", "Гулистон тумани", "Guliston tumani", 12 },
                    { 167, "Mirzaabad District", "Мирзаабадский район", "Мирзаобод тумани", "Mirzaobod tumani", 12 },
                    { 168, "Akaltyn District", "Акалтынский район", "Оқолтин тумани", "Oqoltin tumani", 12 },
                    { 169, "Sardoba District", "Сардобинский район", "Сардоба тумани", "Sardoba tumani", 12 },
                    { 170, "Saykhunabad District", "Сайхунабадский район", "Сайхунобод тумани", "Sayxunobod tumani", 12 },
                    { 171, "Syrdarya District", "Сырдарьинский район", "Сирдарё тумани", "Sirdaryo tumani", 12 },
                    { 172, "Khavast District", "Хавастский район", "Ховос тумани", "Xovos tumani", 12 },
                    { 173, "Nurafshon City", "город Нурафшан", "Нурафшон шаҳри", "Nurafshon shahri", 13 },
                    { 174, "Angren City", "город Ангрен", "Ангрен шаҳри", "Angren shahri", 13 },
                    { 175, "Bekabad City", "город Бекабад", "Бекобод шаҳри", "Bekobod shahri", 13 },
                    { 176, "Chirchik City", "город Чирчик", "Чирчиқ шаҳри", "Chirchiq shahri", 13 },
                    { 177, "Akhangaran City", "город Ахангаран", "Оҳангарон шаҳри", "Ohangaron shahri", 13 },
                    { 178, "Almalyk City", "город Алмалык", "Олмалиқ шаҳри", "Olmaliq shahri", 13 },
                    { 179, "Yangiyul City", "город Янгиюль", "Янгийўл шаҳри", "Yangiyo‘l shahri", 13 },
                    { 180, "Bekabad District", "Бекабадский район", "Бекобод тумани", "Bekobod tumani", 13 },
                    { 181, "Buka District", "Букинский район", "Бўка тумани", "Bo‘ka tumani", 13 },
                    { 182, "Bostanlyk District", "Бостанлыкский район", "Бўстонлиқ тумани", "Bo‘stonliq tumani", 13 },
                    { 183, "Chinaz District", "Чиназский район", "Чиноз тумани", "Chinoz tumani", 13 },
                    { 184, "Akhangaran District", "Ахангаранский район", "Оҳангарон тумани", "Ohangaron tumani", 13 },
                    { 185, "Akkurgan District", "Аккурганский район", "Оққўрғон тумани", "Oqqo‘rg‘on tumani", 13 },
                    { 186, "Urtachirchik District", "Уртачирчикский район", "Ўртачирчиқ тумани", "O‘rtachirchiq tumani", 13 },
                    { 187, "Parkent District", "Паркентский район", "Паркент тумани", "Parkent tumani", 13 },
                    { 188, "Pskent District", "Пскентский район", "Пискент тумани", "Piskent tumani", 13 },
                    { 189, "Kibray District", "Кибрайский район", "Қибрай тумани", "Qibray tumani", 13 },
                    { 190, "Kuyichirchik District", "Куйичирчикский район", "Қуйичирчиқ тумани", "Quyichirchiq tumani", 13 },
                    { 191, "Tashkent District", "Ташкентский район", "Тошкент тумани", "Toshkent tumani", 13 },
                    { 192, "Yangiyul District", "Янгиюльский район", "Янгийўл тумани", "Yangiyo‘l tumani", 13 },
                    { 193, "Yukorichirchik District", "Юкоричирчикский район", "Юқоричирчиқ тумани", "Yuqorichirchiq tumani", 13 },
                    { 194, "Zangiata District", "Зангиатинский район", "Зангиота тумани", "Zangiota tumani", 13 },
                    { 195, "Bektemir District", "Бектемирский район", "Бектемир тумани", "Bektemir tumani", 14 },
                    { 196, "Chilanzar District", "Чиланзарский район", "Чилонзор тумани", "Chilonzor tumani", 14 },
                    { 197, "Mirabad District", "Мирабадский район", "Миробод тумани", "Mirobod tumani", 14 },
                    { 198, "Mirzo Ulugbek District", "Мирзо-Улугбекский район", "Мирзо Улуғбек тумани", "Mirzo Ulug‘bek tumani", 14 },
                    { 199, "Almazar District", "Алмазарский район", "Олмазор тумани", "Olmazor tumani", 14 },
                    { 200, "Sergeli District", "Сергелийский район", "Сергели тумани", "Sergeli tumani", 14 },
                    { 201, "Shaykhantakhur District", "Шайхантахурский район", "Шайхонтоҳур тумани", "Shayxontohur tumani", 14 },
                    { 202, "Uchtepa District", "Учтепинский район", "Учтепа тумани", "Uchtepa tumani", 14 },
                    { 203, "Yakkasaray District", "Яккасарайский район", "Яккасарой тумани", "Yakkasaroy tumani", 14 },
                    { 204, "Yangihayot District", "Янгихаётский район", "Янгиҳаёт тумани", "Yangihayot tumani", 14 },
                    { 205, "Yashnabad District", "Яшнабадский район", "Яшнобод тумани", "Yashnobod tumani", 14 },
                    { 206, "Yunusabad District", "Юнусабадский район", "Юнусобод тумани", "Yunusobod tumani", 14 }
                });

            migrationBuilder.InsertData(
                table: "language_levels",
                columns: new[] { "id", "code", "rank", "scale_code" },
                values: new object[,]
                {
                    { 1, "A1", 1, "CEFR" },
                    { 2, "A2", 2, "CEFR" },
                    { 3, "B1", 3, "CEFR" },
                    { 4, "B2", 4, "CEFR" },
                    { 5, "C1", 5, "CEFR" },
                    { 6, "C2", 6, "CEFR" },
                    { 7, "TOPIK 1", 1, "TOPIK" },
                    { 8, "TOPIK 2", 2, "TOPIK" },
                    { 9, "TOPIK 3", 3, "TOPIK" },
                    { 10, "TOPIK 4", 4, "TOPIK" },
                    { 11, "TOPIK 5", 5, "TOPIK" },
                    { 12, "TOPIK 6", 6, "TOPIK" },
                    { 13, "N5", 1, "JLPT" },
                    { 14, "N4", 2, "JLPT" },
                    { 15, "N3", 3, "JLPT" },
                    { 16, "N2", 4, "JLPT" },
                    { 17, "N1", 5, "JLPT" }
                });

            migrationBuilder.InsertData(
                table: "languages",
                columns: new[] { "code", "name_en", "name_ru", "name_uz_cyrl", "name_uz_latn", "scale_code" },
                values: new object[,]
                {
                    { "ar", "Arabic", "Арабский язык", "Араб тили", "Arab tili", "CEFR" },
                    { "cs", "Czech", "Чешский язык", "Чех тили", "Chex tili", "CEFR" },
                    { "de", "German", "Немецкий язык", "Немис тили", "Nemis tili", "CEFR" },
                    { "en", "English", "Английский язык", "Инглиз тили", "Ingliz tili", "CEFR" },
                    { "es", "Spanish", "Испанский язык", "Испан тили", "Ispan tili", "CEFR" },
                    { "fi", "Finnish", "Финский язык", "Фин тили", "Fin tili", "CEFR" },
                    { "fr", "French", "Французский язык", "Француз тили", "Fransuz tili", "CEFR" },
                    { "he", "Hebrew", "Иврит", "Иврит тили", "Ivrit tili", "CEFR" },
                    { "hu", "Hungarian", "Венгерский язык", "Венгер тили", "Venger tili", "CEFR" },
                    { "it", "Italian", "Итальянский язык", "Итальян тили", "Italyan tili", "CEFR" },
                    { "ja", "Japanese", "Японский язык", "Япон тили", "Yapon tili", "JLPT" },
                    { "kk", "Kazakh", "Казахский язык", "Қозоқ тили", "Qozoq tili", "CEFR" },
                    { "ko", "Korean", "Корейский язык", "Корейс тили", "Koreys tili", "TOPIK" },
                    { "lt", "Lithuanian", "Литовский язык", "Литва тили", "Litva tili", "CEFR" },
                    { "lv", "Latvian", "Латышский язык", "Латиш тили", "Latish tili", "CEFR" },
                    { "nl", "Dutch", "Нидерландский язык", "Нидерланд тили", "Niderland tili", "CEFR" },
                    { "pl", "Polish", "Польский язык", "Поляк тили", "Polyak tili", "CEFR" },
                    { "ro", "Romanian", "Румынский язык", "Румин тили", "Rumin tili", "CEFR" },
                    { "ru", "Russian", "Русский язык", "Рус тили", "Rus tili", "CEFR" },
                    { "sv", "Swedish", "Шведский язык", "Швед тили", "Shved tili", "CEFR" },
                    { "tr", "Turkish", "Турецкий язык", "Турк тили", "Turk tili", "CEFR" },
                    { "uz", "Uzbek", "Узбекский язык", "Ўзбек тили", "O‘zbek tili", "CEFR" },
                    { "zh", "Chinese", "Китайский язык", "Хитой тили", "Xitoy tili", "CEFR" }
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
                name: "ix_districts_region_id",
                table: "districts",
                column: "region_id");

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
                name: "ix_language_levels_scale_code_code",
                table: "language_levels",
                columns: new[] { "scale_code", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_languages_scale_code",
                table: "languages",
                column: "scale_code");

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
                name: "ix_users_unit_id_kind",
                table: "users",
                columns: new[] { "unit_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "currencies");

            migrationBuilder.DropTable(
                name: "districts");

            migrationBuilder.DropTable(
                name: "language_levels");

            migrationBuilder.DropTable(
                name: "languages");

            migrationBuilder.DropTable(
                name: "occupations");

            migrationBuilder.DropTable(
                name: "outbox_emails");

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
                name: "worksites");

            migrationBuilder.DropTable(
                name: "language_scales");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "agency_units");

            migrationBuilder.DropTable(
                name: "employers");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "countries");
        }
    }
}
