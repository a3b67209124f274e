using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkerRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "preferred_culture",
                table: "users",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "uz-Latn");

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
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    arguments = table.Column<List<string>>(type: "text[]", nullable: false),
                    link = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
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
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                table: "consent_texts",
                columns: new[] { "version", "published_on", "text_en", "text_ru", "text_uz_cyrl", "text_uz_latn" },
                values: new object[] { "2026-1", new DateOnly(2026, 11, 1), "I consent to the Agency for External Labor Migration processing my personal data (surname, name, date of birth, PINFL, passport details, phone, place of residence, education, work history, professions, languages and uploaded documents) under the Law “On Personal Data” for the purpose of organized employment abroad. My data is shown only to agency staff and to the partner employers whose vacancies I apply to, to the extent they need it. I may withdraw this consent at any time; processing of my data then stops.", "Я даю согласие Агентству по внешней трудовой миграции на обработку моих персональных данных (фамилия, имя, дата рождения, ПИНФЛ, паспортные данные, телефон, место жительства, образование, трудовая деятельность, профессии, языки и загруженные документы) в соответствии с Законом «О персональных данных» в целях организованного трудоустройства за рубежом. Мои данные видят только сотрудники агентства и партнёрские работодатели, в вакансии которых я подал заявку, в необходимом им объёме. Я могу отозвать согласие в любое время; тогда обработка моих данных прекращается.", "Мен Ташқи меҳнат миграцияси агентлигига шахсий маълумотларимни (фамилия, исм, туғилган сана, ЖШШИР, паспорт маълумотлари, телефон, яшаш жойи, таълим, меҳнат фаолияти, касблар, тиллар ва юкланган ҳужжатлар) “Шахсга доир маълумотлар тўғрисида”ги Қонунга мувофиқ чет элда ташкилий ишга жойлаштириш мақсадида қайта ишлашга розиман. Маълумотларим фақат агентлик ходимларига ва мен ариза берган ҳамкор иш берувчиларга, улар учун зарур ҳажмда кўрсатилади. Розилигимни исталган вақтда қайтариб олишим мумкин; шунда маълумотларимни қайта ишлаш тўхтатилади.", "Men Tashqi mehnat migratsiyasi agentligiga shaxsiy ma’lumotlarimni (familiya, ism, tug‘ilgan sana, JShShIR, pasport ma’lumotlari, telefon, yashash joyi, ta’lim, mehnat faoliyati, kasblar, tillar va yuklangan hujjatlar) “Shaxsga doir ma’lumotlar to‘g‘risida”gi Qonunga muvofiq chet elda tashkiliy ishga joylashtirish maqsadida qayta ishlashga roziman. Ma’lumotlarim faqat agentlik xodimlariga va men ariza bergan hamkor ish beruvchilarga, ular uchun zarur hajmda ko‘rsatiladi. Roziligimni istalgan vaqtda qaytarib olishim mumkin; shunda ma’lumotlarimni qayta ishlash to‘xtatiladi." });

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
                name: "ix_notifications_unread",
                table: "notifications",
                column: "user_id",
                filter: "read_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at",
                table: "notifications",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_accesses_citizen_id_at",
                table: "personal_data_accesses",
                columns: new[] { "citizen_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_accesses_viewer_id_at",
                table: "personal_data_accesses",
                columns: new[] { "viewer_id", "at" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "personal_data_accesses");

            migrationBuilder.DropTable(
                name: "profile_documents");

            migrationBuilder.DropTable(
                name: "protected_secrets");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "consent_texts");

            migrationBuilder.DropTable(
                name: "worker_profiles");

            migrationBuilder.DropColumn(
                name: "preferred_culture",
                table: "users");
        }
    }
}
