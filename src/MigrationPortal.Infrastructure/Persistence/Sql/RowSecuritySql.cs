using Microsoft.EntityFrameworkCore.Migrations;

namespace MigrationPortal.Infrastructure.Persistence.Sql;

/// <summary>
/// The part of the schema the EF model cannot express, applied by the initial migration after its tables (ADR-012):
/// the second wall of ADR-009 — the session functions, the agency's role, row-level security and its policies on every
/// employer-owned and citizen-owned table — and the public search's view of published orders. The portal connects as a
/// role that owns nothing; each connection carries the actor in the settings <c>mp.actor</c> (agency, employer,
/// citizen or empty), <c>mp.user</c>, <c>mp.organization</c> and <c>mp.citizen</c> (the row-security actor
/// interceptor), and takes <c>portal_agency</c> with SET ROLE for agency actors, so the agency's queries plan as the
/// owner's would. The other actors' policies read the settings once per statement (an InitPlan), not once per row.
/// The owner, who runs the migrations, is not bound by any of it.
/// </summary>
public static class RowSecuritySql
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(Functions);
        migrationBuilder.Sql(AgencyRole);
        migrationBuilder.Sql(Policies);
        migrationBuilder.Sql(PublishedJobOrdersView);
    }

    /// <summary>What dropping the tables leaves behind; the agency's role stays, as roles belong to the whole server.</summary>
    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP VIEW published_job_orders;
            DROP FUNCTION rls_take_over_assisted(uuid, timestamptz);
            DROP FUNCTION rls_file_referenced(uuid);
            DROP FUNCTION rls_profile_holding_number(text, bytea, uuid);
            DROP FUNCTION rls_citizen();
            DROP FUNCTION rls_organization();
            DROP FUNCTION rls_user();
            """);
    }

    private const string Functions = """
        CREATE FUNCTION rls_user() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
            AS $$ SELECT nullif(current_setting('mp.user', true), '')::uuid $$;
        CREATE FUNCTION rls_organization() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
            AS $$ SELECT CASE WHEN current_setting('mp.actor', true) = 'employer'
                THEN nullif(current_setting('mp.organization', true), '')::uuid END $$;
        CREATE FUNCTION rls_citizen() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
            AS $$ SELECT CASE WHEN current_setting('mp.actor', true) = 'citizen'
                THEN nullif(current_setting('mp.citizen', true), '')::uuid END $$;

        -- Uniqueness of a personal number across citizens: a citizen may learn that a number is taken and by
        -- whom only as an id the audit row needs, never the profile (the function runs as the owner).
        CREATE FUNCTION rls_profile_holding_number(kind text, number_hash bytea, asking uuid) RETURNS uuid
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
            AS $$ SELECT p.citizen_id FROM worker_profiles p
                WHERE (CASE WHEN kind = 'Pinfl' THEN p.pinfl_hash ELSE p.passport_hash END) = number_hash
                  AND p.id <> asking
                LIMIT 1 $$;

        -- Whether any document or photo still points at a stored file, whoever owns it.
        CREATE FUNCTION rls_file_referenced(file uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
            AS $$ SELECT EXISTS (SELECT 1 FROM profile_documents WHERE file_id = file)
                OR EXISTS (SELECT 1 FROM employer_photos WHERE file_id = file)
                OR EXISTS (SELECT 1 FROM assisted_registrations WHERE consent_file_id = file) $$;

        -- A citizen signing in is still a visitor to the database until the sign-in is done; their first sign-in
        -- ends the branch officers' access to an account opened for them (issue 12), and only that one column changes.
        CREATE FUNCTION rls_take_over_assisted(citizen uuid, at timestamptz) RETURNS void
            LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
            AS $$ UPDATE assisted_registrations SET taken_over_at = at
                WHERE citizen_id = citizen AND taken_over_at IS NULL $$;
        """;

    private const string AgencyRole = """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_agency') THEN
                CREATE ROLE portal_agency NOLOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
            END IF;
        END $$;
        """;

    private const string Policies = """
        ALTER TABLE job_orders ENABLE ROW LEVEL SECURITY;
        CREATE POLICY employer_orders ON job_orders
            USING (organization_id = (SELECT rls_organization()))
            WITH CHECK (organization_id = (SELECT rls_organization()));
        -- Anyone reads an order the agency has published once (search, vacancy page, a citizen's applications).
        CREATE POLICY public_orders ON job_orders FOR SELECT
            USING (status IN ('Published', 'Paused', 'Filled', 'Closed', 'Expired'));
        CREATE POLICY agency_orders ON job_orders TO portal_agency USING (true) WITH CHECK (true);

        ALTER TABLE worksites ENABLE ROW LEVEL SECURITY;
        CREATE POLICY employer_worksites ON worksites
            USING (organization_id = (SELECT rls_organization()))
            WITH CHECK (organization_id = (SELECT rls_organization()));
        CREATE POLICY agency_worksites ON worksites TO portal_agency USING (true) WITH CHECK (true);

        ALTER TABLE employer_photos ENABLE ROW LEVEL SECURITY;
        CREATE POLICY employer_own_photos ON employer_photos
            USING (organization_id = (SELECT rls_organization()))
            WITH CHECK (organization_id = (SELECT rls_organization()));
        -- An employer's photos are public while it has an order published.
        CREATE POLICY public_photos ON employer_photos FOR SELECT
            USING (EXISTS (SELECT 1 FROM job_orders o WHERE o.organization_id = employer_photos.organization_id AND o.status = 'Published'));
        CREATE POLICY agency_photos ON employer_photos TO portal_agency USING (true) WITH CHECK (true);

        -- A citizen's own applications; an employer's once the agency shortlisted them.
        ALTER TABLE job_applications ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_applications ON job_applications
            USING (citizen_id = (SELECT rls_citizen())
                OR (employer_id = (SELECT rls_organization()) AND shortlisted_at IS NOT NULL))
            WITH CHECK (citizen_id = (SELECT rls_citizen())
                OR (employer_id = (SELECT rls_organization()) AND shortlisted_at IS NOT NULL));
        CREATE POLICY agency_applications ON job_applications TO portal_agency USING (true) WITH CHECK (true);

        -- An employer has a candidate's data in front of it once the citizen's application to one of its orders was
        -- shortlisted by the agency (the same rule as the candidates page).
        ALTER TABLE worker_profiles ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_profile ON worker_profiles
            USING (citizen_id = (SELECT rls_citizen()))
            WITH CHECK (citizen_id = (SELECT rls_citizen()));
        CREATE POLICY shortlisted_profile ON worker_profiles FOR SELECT
            USING (citizen_id IN (SELECT a.citizen_id FROM job_applications a
                WHERE a.employer_id = (SELECT rls_organization()) AND a.shortlisted_at IS NOT NULL));
        CREATE POLICY agency_profiles ON worker_profiles TO portal_agency USING (true) WITH CHECK (true);

        ALTER TABLE profile_documents ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_documents ON profile_documents
            USING (citizen_id = (SELECT rls_citizen()))
            WITH CHECK (citizen_id = (SELECT rls_citizen()));
        CREATE POLICY shortlisted_documents ON profile_documents FOR SELECT
            USING (citizen_id IN (SELECT a.citizen_id FROM job_applications a
                WHERE a.employer_id = (SELECT rls_organization()) AND a.shortlisted_at IS NOT NULL));
        CREATE POLICY agency_documents ON profile_documents TO portal_agency USING (true) WITH CHECK (true);

        ALTER TABLE consent_records ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_consents ON consent_records
            USING (citizen_id = (SELECT rls_citizen()))
            WITH CHECK (citizen_id = (SELECT rls_citizen()));
        CREATE POLICY agency_consents ON consent_records TO portal_agency USING (true) WITH CHECK (true);

        -- A citizen reads the record of the registration a branch made for them; the agency keeps it.
        ALTER TABLE assisted_registrations ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_assisted_registration ON assisted_registrations FOR SELECT
            USING (citizen_id = (SELECT rls_citizen()));
        CREATE POLICY agency_assisted_registrations ON assisted_registrations TO portal_agency USING (true) WITH CHECK (true);

        -- A file is read through the document or photo that points at it; a new file is written before its
        -- document points at it, and one nothing points at any more is on its way out (DELETE reads it first).
        ALTER TABLE stored_files ENABLE ROW LEVEL SECURITY;
        CREATE POLICY reachable_files ON stored_files
            USING (EXISTS (SELECT 1 FROM profile_documents d WHERE d.file_id = stored_files.id)
                OR EXISTS (SELECT 1 FROM employer_photos p WHERE p.file_id = stored_files.id)
                OR NOT rls_file_referenced(id))
            WITH CHECK (true);
        CREATE POLICY agency_files ON stored_files TO portal_agency USING (true) WITH CHECK (true);

        -- The audit trail: the agency and the citizen concerned read it; each actor writes only rows of their own
        -- (and PortalDatabase.MigrateAsync takes UPDATE and DELETE on it from the portal's roles: append-only).
        ALTER TABLE personal_data_accesses ENABLE ROW LEVEL SECURITY;
        CREATE POLICY read_accesses ON personal_data_accesses FOR SELECT
            USING (citizen_id = (SELECT rls_citizen()) OR viewer_id = (SELECT rls_user()));
        CREATE POLICY write_accesses ON personal_data_accesses FOR INSERT
            WITH CHECK (viewer_id = (SELECT rls_user()));
        CREATE POLICY agency_read_accesses ON personal_data_accesses FOR SELECT TO portal_agency USING (true);
        CREATE POLICY agency_write_accesses ON personal_data_accesses FOR INSERT TO portal_agency WITH CHECK (true);

        -- A notice is its addressee's; anyone's action may notify anyone.
        ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_notifications ON notifications
            USING (user_id = (SELECT rls_user()))
            WITH CHECK (user_id = (SELECT rls_user()));
        CREATE POLICY new_notifications ON notifications FOR INSERT WITH CHECK (true);
        CREATE POLICY agency_notifications ON notifications TO portal_agency USING (true) WITH CHECK (true);
        """;

    // The public vacancy search reads published orders through this view, which runs as its owner: the orders are
    // public, and the search's own conditions (a LIKE on the search text, later full-text search) reach the indexes,
    // which a policy's security barrier would forbid for any operator not marked leakproof (ADR-009, "Cost").
    // It carries xmin, the orders' concurrency token. `SELECT *` is expanded when the view is made: a migration that
    // adds a column to job_orders recreates the view (a test compares the two).
    private const string PublishedJobOrdersView =
        "CREATE VIEW published_job_orders AS SELECT *, xmin FROM job_orders WHERE status = 'Published';";
}
