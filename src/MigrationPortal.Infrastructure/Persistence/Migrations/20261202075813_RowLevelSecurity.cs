using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigrationPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The second wall (ADR-009): row-level security on every employer-owned and citizen-owned table. The portal
    /// connects as a role that owns nothing; each connection carries the actor in the settings <c>mp.actor</c>
    /// (agency, employer, citizen or empty), <c>mp.user</c>, <c>mp.organization</c> and <c>mp.citizen</c>
    /// (the row-security actor interceptor). The owner, who runs the migrations, is not bound by them.
    /// </summary>
    public partial class RowLevelSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION rls_agency() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
                    AS $$ SELECT coalesce(current_setting('mp.actor', true), '') = 'agency' $$;
                CREATE FUNCTION rls_user() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
                    AS $$ SELECT nullif(current_setting('mp.user', true), '')::uuid $$;
                CREATE FUNCTION rls_organization() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
                    AS $$ SELECT CASE WHEN current_setting('mp.actor', true) = 'employer'
                        THEN nullif(current_setting('mp.organization', true), '')::uuid END $$;
                CREATE FUNCTION rls_citizen() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
                    AS $$ SELECT CASE WHEN current_setting('mp.actor', true) = 'citizen'
                        THEN nullif(current_setting('mp.citizen', true), '')::uuid END $$;

                -- Whether an employer has a candidate's data in front of it: the citizen's application to one of
                -- its orders was shortlisted by the agency (the same rule as the candidates page).
                CREATE FUNCTION rls_shortlisted_for_employer(citizen uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
                    AS $$ SELECT rls_organization() IS NOT NULL AND EXISTS (
                        SELECT 1 FROM job_applications a
                        WHERE a.citizen_id = citizen AND a.employer_id = rls_organization() AND a.shortlisted_at IS NOT NULL) $$;

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
                        OR EXISTS (SELECT 1 FROM employer_photos WHERE file_id = file) $$;

                ALTER TABLE job_orders ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_orders ON job_orders
                    USING (rls_agency() OR organization_id = rls_organization())
                    WITH CHECK (rls_agency() OR organization_id = rls_organization());
                -- Anyone reads an order the agency has published once (search, vacancy page, a citizen's applications).
                CREATE POLICY public_orders ON job_orders FOR SELECT
                    USING (status IN ('Published', 'Paused', 'Filled', 'Closed', 'Expired'));

                ALTER TABLE worksites ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_worksites ON worksites
                    USING (rls_agency() OR organization_id = rls_organization())
                    WITH CHECK (rls_agency() OR organization_id = rls_organization());

                ALTER TABLE employer_photos ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_photos ON employer_photos
                    USING (rls_agency() OR organization_id = rls_organization())
                    WITH CHECK (rls_agency() OR organization_id = rls_organization());
                -- An employer's photos are public while it has an order published.
                CREATE POLICY public_photos ON employer_photos FOR SELECT
                    USING (EXISTS (SELECT 1 FROM job_orders o WHERE o.organization_id = employer_photos.organization_id AND o.status = 'Published'));

                ALTER TABLE job_applications ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_applications ON job_applications
                    USING (rls_agency() OR citizen_id = rls_citizen()
                        OR (employer_id = rls_organization() AND shortlisted_at IS NOT NULL))
                    WITH CHECK (rls_agency() OR citizen_id = rls_citizen()
                        OR (employer_id = rls_organization() AND shortlisted_at IS NOT NULL));

                ALTER TABLE worker_profiles ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_profile ON worker_profiles
                    USING (rls_agency() OR citizen_id = rls_citizen())
                    WITH CHECK (rls_agency() OR citizen_id = rls_citizen());
                CREATE POLICY shortlisted_profile ON worker_profiles FOR SELECT
                    USING (rls_shortlisted_for_employer(citizen_id));

                ALTER TABLE profile_documents ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_documents ON profile_documents
                    USING (rls_agency() OR citizen_id = rls_citizen())
                    WITH CHECK (rls_agency() OR citizen_id = rls_citizen());
                CREATE POLICY shortlisted_documents ON profile_documents FOR SELECT
                    USING (rls_shortlisted_for_employer(citizen_id));

                ALTER TABLE consent_records ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_consents ON consent_records
                    USING (rls_agency() OR citizen_id = rls_citizen())
                    WITH CHECK (rls_agency() OR citizen_id = rls_citizen());

                -- A file is read through the document or photo that points at it; a new file is written before its
                -- document points at it, and one nothing points at any more is on its way out (DELETE reads it first).
                ALTER TABLE stored_files ENABLE ROW LEVEL SECURITY;
                CREATE POLICY reachable_files ON stored_files
                    USING (rls_agency()
                        OR EXISTS (SELECT 1 FROM profile_documents d WHERE d.file_id = stored_files.id)
                        OR EXISTS (SELECT 1 FROM employer_photos p WHERE p.file_id = stored_files.id)
                        OR NOT rls_file_referenced(id))
                    WITH CHECK (true);

                -- The audit trail: the agency and the citizen concerned read it; each actor writes only rows of their own.
                ALTER TABLE personal_data_accesses ENABLE ROW LEVEL SECURITY;
                CREATE POLICY read_accesses ON personal_data_accesses FOR SELECT
                    USING (rls_agency() OR citizen_id = rls_citizen() OR viewer_id = rls_user());
                CREATE POLICY write_accesses ON personal_data_accesses FOR INSERT
                    WITH CHECK (rls_agency() OR viewer_id = rls_user());

                -- A notice is its addressee's; anyone's action may notify anyone.
                ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_notifications ON notifications
                    USING (rls_agency() OR user_id = rls_user())
                    WITH CHECK (rls_agency() OR user_id = rls_user());
                CREATE POLICY new_notifications ON notifications FOR INSERT WITH CHECK (true);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY new_notifications ON notifications;
                DROP POLICY own_notifications ON notifications;
                ALTER TABLE notifications DISABLE ROW LEVEL SECURITY;
                DROP POLICY write_accesses ON personal_data_accesses;
                DROP POLICY read_accesses ON personal_data_accesses;
                ALTER TABLE personal_data_accesses DISABLE ROW LEVEL SECURITY;
                DROP POLICY reachable_files ON stored_files;
                ALTER TABLE stored_files DISABLE ROW LEVEL SECURITY;
                DROP POLICY own_consents ON consent_records;
                ALTER TABLE consent_records DISABLE ROW LEVEL SECURITY;
                DROP POLICY shortlisted_documents ON profile_documents;
                DROP POLICY own_documents ON profile_documents;
                ALTER TABLE profile_documents DISABLE ROW LEVEL SECURITY;
                DROP POLICY shortlisted_profile ON worker_profiles;
                DROP POLICY own_profile ON worker_profiles;
                ALTER TABLE worker_profiles DISABLE ROW LEVEL SECURITY;
                DROP POLICY own_applications ON job_applications;
                ALTER TABLE job_applications DISABLE ROW LEVEL SECURITY;
                DROP POLICY public_photos ON employer_photos;
                DROP POLICY own_photos ON employer_photos;
                ALTER TABLE employer_photos DISABLE ROW LEVEL SECURITY;
                DROP POLICY own_worksites ON worksites;
                ALTER TABLE worksites DISABLE ROW LEVEL SECURITY;
                DROP POLICY public_orders ON job_orders;
                DROP POLICY own_orders ON job_orders;
                ALTER TABLE job_orders DISABLE ROW LEVEL SECURITY;
                DROP FUNCTION rls_file_referenced(uuid);
                DROP FUNCTION rls_profile_holding_number(text, bytea, uuid);
                DROP FUNCTION rls_shortlisted_for_employer(uuid);
                DROP FUNCTION rls_citizen();
                DROP FUNCTION rls_organization();
                DROP FUNCTION rls_user();
                DROP FUNCTION rls_agency();
                """);
        }
    }
}
