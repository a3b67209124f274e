using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The second wall at the cost ADR-009 allows: the agency passes by its role (<c>portal_agency</c>, which the
    /// portal's role takes with SET ROLE for agency actors), so its queries plan as the owner's would; the other
    /// actors' policies read the session settings once per statement (an InitPlan) instead of once per row; and the
    /// public search reads published orders through a view.
    /// </summary>
    public partial class RowSecurityByRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_agency') THEN
                        CREATE ROLE portal_agency NOLOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
                    END IF;
                END $$;

                DROP POLICY own_orders ON job_orders;
                CREATE POLICY employer_orders ON job_orders
                    USING (organization_id = (SELECT rls_organization()))
                    WITH CHECK (organization_id = (SELECT rls_organization()));
                CREATE POLICY agency_orders ON job_orders TO portal_agency USING (true) WITH CHECK (true);

                DROP POLICY own_worksites ON worksites;
                CREATE POLICY employer_worksites ON worksites
                    USING (organization_id = (SELECT rls_organization()))
                    WITH CHECK (organization_id = (SELECT rls_organization()));
                CREATE POLICY agency_worksites ON worksites TO portal_agency USING (true) WITH CHECK (true);

                DROP POLICY own_photos ON employer_photos;
                CREATE POLICY employer_own_photos ON employer_photos
                    USING (organization_id = (SELECT rls_organization()))
                    WITH CHECK (organization_id = (SELECT rls_organization()));
                CREATE POLICY agency_photos ON employer_photos TO portal_agency USING (true) WITH CHECK (true);

                DROP POLICY own_applications ON job_applications;
                CREATE POLICY own_applications ON job_applications
                    USING (citizen_id = (SELECT rls_citizen())
                        OR (employer_id = (SELECT rls_organization()) AND shortlisted_at IS NOT NULL))
                    WITH CHECK (citizen_id = (SELECT rls_citizen())
                        OR (employer_id = (SELECT rls_organization()) AND shortlisted_at IS NOT NULL));
                CREATE POLICY agency_applications ON job_applications TO portal_agency USING (true) WITH CHECK (true);

                DROP POLICY own_profile ON worker_profiles;
                DROP POLICY shortlisted_profile ON worker_profiles;
                CREATE POLICY own_profile ON worker_profiles
                    USING (citizen_id = (SELECT rls_citizen()))
                    WITH CHECK (citizen_id = (SELECT rls_citizen()));
                CREATE POLICY shortlisted_profile ON worker_profiles FOR SELECT
                    USING (citizen_id IN (SELECT a.citizen_id FROM job_applications a
                        WHERE a.employer_id = (SELECT rls_organization()) AND a.shortlisted_at IS NOT NULL));
                CREATE POLICY agency_profiles ON worker_profiles TO portal_agency USING (true) WITH CHECK (true);

                DROP POLICY own_documents ON profile_documents;
                DROP POLICY shortlisted_documents ON profile_documents;
                CREATE POLICY own_documents ON profile_documents
                    USING (citizen_id = (SELECT rls_citizen()))
                    WITH CHECK (citizen_id = (SELECT rls_citizen()));
                CREATE POLICY shortlisted_documents ON profile_documents FOR SELECT
                    USING (citizen_id IN (SELECT a.citizen_id FROM job_applications a
                        WHERE a.employer_id = (SELECT rls_organization()) AND a.shortlisted_at IS NOT NULL));
                CREATE POLICY agency_documents ON profile_documents TO portal_agency USING (true) WITH CHECK (true);

                DROP POLICY own_consents ON consent_records;
                CREATE POLICY own_consents ON consent_records
                    USING (citizen_id = (SELECT rls_citizen()))
                    WITH CHECK (citizen_id = (SELECT rls_citizen()));
                CREATE POLICY agency_consents ON consent_records TO portal_agency USING (true) WITH CHECK (true);

                DROP POLICY reachable_files ON stored_files;
                CREATE POLICY reachable_files ON stored_files
                    USING (EXISTS (SELECT 1 FROM profile_documents d WHERE d.file_id = stored_files.id)
                        OR EXISTS (SELECT 1 FROM employer_photos p WHERE p.file_id = stored_files.id)
                        OR NOT rls_file_referenced(id))
                    WITH CHECK (true);
                CREATE POLICY agency_files ON stored_files TO portal_agency USING (true) WITH CHECK (true);

                DROP POLICY read_accesses ON personal_data_accesses;
                DROP POLICY write_accesses ON personal_data_accesses;
                CREATE POLICY read_accesses ON personal_data_accesses FOR SELECT
                    USING (citizen_id = (SELECT rls_citizen()) OR viewer_id = (SELECT rls_user()));
                CREATE POLICY write_accesses ON personal_data_accesses FOR INSERT
                    WITH CHECK (viewer_id = (SELECT rls_user()));
                CREATE POLICY agency_read_accesses ON personal_data_accesses FOR SELECT TO portal_agency USING (true);
                CREATE POLICY agency_write_accesses ON personal_data_accesses FOR INSERT TO portal_agency WITH CHECK (true);

                DROP POLICY own_notifications ON notifications;
                CREATE POLICY own_notifications ON notifications
                    USING (user_id = (SELECT rls_user()))
                    WITH CHECK (user_id = (SELECT rls_user()));
                CREATE POLICY agency_notifications ON notifications TO portal_agency USING (true) WITH CHECK (true);

                DROP FUNCTION rls_shortlisted_for_employer(uuid);
                DROP FUNCTION rls_agency();

                -- The public vacancy search reads published orders through this view, which runs as its owner: the orders are
                -- public, and the search's own conditions (a LIKE on the search text, later full-text search) reach the indexes,
                -- which a policy's security barrier would forbid for any operator not marked leakproof (ADR-009, "Cost").
                -- It carries xmin, the orders' concurrency token. A migration that adds a column to job_orders
                -- recreates it (a test compares the two).
                CREATE VIEW published_job_orders AS SELECT *, xmin FROM job_orders WHERE status = 'Published';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW published_job_orders;
                CREATE FUNCTION rls_agency() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
                    AS $$ SELECT coalesce(current_setting('mp.actor', true), '') = 'agency' $$;
                CREATE FUNCTION rls_shortlisted_for_employer(citizen uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
                    AS $$ SELECT rls_organization() IS NOT NULL AND EXISTS (
                        SELECT 1 FROM job_applications a
                        WHERE a.citizen_id = citizen AND a.employer_id = rls_organization() AND a.shortlisted_at IS NOT NULL) $$;
                DROP POLICY employer_orders ON job_orders;
                DROP POLICY agency_orders ON job_orders;
                DROP POLICY employer_worksites ON worksites;
                DROP POLICY agency_worksites ON worksites;
                DROP POLICY employer_own_photos ON employer_photos;
                DROP POLICY agency_photos ON employer_photos;
                DROP POLICY own_applications ON job_applications;
                DROP POLICY agency_applications ON job_applications;
                DROP POLICY own_profile ON worker_profiles;
                DROP POLICY shortlisted_profile ON worker_profiles;
                DROP POLICY agency_profiles ON worker_profiles;
                DROP POLICY own_documents ON profile_documents;
                DROP POLICY shortlisted_documents ON profile_documents;
                DROP POLICY agency_documents ON profile_documents;
                DROP POLICY own_consents ON consent_records;
                DROP POLICY agency_consents ON consent_records;
                DROP POLICY reachable_files ON stored_files;
                DROP POLICY agency_files ON stored_files;
                DROP POLICY read_accesses ON personal_data_accesses;
                DROP POLICY write_accesses ON personal_data_accesses;
                DROP POLICY agency_read_accesses ON personal_data_accesses;
                DROP POLICY agency_write_accesses ON personal_data_accesses;
                DROP POLICY own_notifications ON notifications;
                DROP POLICY agency_notifications ON notifications;
                CREATE POLICY own_orders ON job_orders
                    USING (rls_agency() OR organization_id = rls_organization())
                    WITH CHECK (rls_agency() OR organization_id = rls_organization());
                CREATE POLICY own_worksites ON worksites
                    USING (rls_agency() OR organization_id = rls_organization())
                    WITH CHECK (rls_agency() OR organization_id = rls_organization());
                CREATE POLICY own_photos ON employer_photos
                    USING (rls_agency() OR organization_id = rls_organization())
                    WITH CHECK (rls_agency() OR organization_id = rls_organization());
                CREATE POLICY own_applications ON job_applications
                    USING (rls_agency() OR citizen_id = rls_citizen()
                    OR (employer_id = rls_organization() AND shortlisted_at IS NOT NULL))
                    WITH CHECK (rls_agency() OR citizen_id = rls_citizen()
                    OR (employer_id = rls_organization() AND shortlisted_at IS NOT NULL));
                CREATE POLICY own_profile ON worker_profiles
                    USING (rls_agency() OR citizen_id = rls_citizen())
                    WITH CHECK (rls_agency() OR citizen_id = rls_citizen());
                CREATE POLICY shortlisted_profile ON worker_profiles FOR SELECT
                    USING (rls_shortlisted_for_employer(citizen_id));
                CREATE POLICY own_documents ON profile_documents
                    USING (rls_agency() OR citizen_id = rls_citizen())
                    WITH CHECK (rls_agency() OR citizen_id = rls_citizen());
                CREATE POLICY shortlisted_documents ON profile_documents FOR SELECT
                    USING (rls_shortlisted_for_employer(citizen_id));
                CREATE POLICY own_consents ON consent_records
                    USING (rls_agency() OR citizen_id = rls_citizen())
                    WITH CHECK (rls_agency() OR citizen_id = rls_citizen());
                CREATE POLICY reachable_files ON stored_files
                    USING (rls_agency()
                    OR EXISTS (SELECT 1 FROM profile_documents d WHERE d.file_id = stored_files.id)
                    OR EXISTS (SELECT 1 FROM employer_photos p WHERE p.file_id = stored_files.id)
                    OR NOT rls_file_referenced(id))
                    WITH CHECK (true);
                CREATE POLICY read_accesses ON personal_data_accesses FOR SELECT
                    USING (rls_agency() OR citizen_id = rls_citizen() OR viewer_id = rls_user());
                CREATE POLICY write_accesses ON personal_data_accesses FOR INSERT
                    WITH CHECK (rls_agency() OR viewer_id = rls_user());
                CREATE POLICY own_notifications ON notifications
                    USING (rls_agency() OR user_id = rls_user())
                    WITH CHECK (rls_agency() OR user_id = rls_user());
                """);
        }
    }
}
