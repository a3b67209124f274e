using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Testing;
using Npgsql;

namespace MigrationPortal.IntegrationTests.Platform;

/// <summary>
/// The second wall (ADR-009): raw SQL through the portal's own connection, past every query filter, still reaches
/// only the actor's rows, because PostgreSQL's row-level security binds the role the portal connects as.
/// </summary>
public sealed class RowLevelSecurityTests(PortalFixture fixture) : PortalTest(fixture)
{
    private Guid _employerB;
    private Guid _draftOfB;
    private Guid _publishedOfB;
    private TestUser _employerUserA = null!;
    private TestUser _employerUserB = null!;
    private TestUser _officer = null!;
    private ArrangedProfile _candidate = null!;

    [Fact]
    public async Task Employer_a_reading_raw_sql_gets_none_of_employer_bs_private_rows_nor_its_candidates()
    {
        await ArrangeAsync();

        var seen = await CountsAsync(_employerUserA);

        seen.ShouldBe(new Dictionary<string, long>
        {
            ["draft orders of B"] = 0,
            ["published orders of B"] = 1,
            ["worksites of B"] = 0,
            ["applications"] = 0,
            ["profiles"] = 0,
            ["documents"] = 0,
            ["files"] = 0,
            ["consents"] = 0,
        });
    }

    [Fact]
    public async Task Employer_b_through_the_same_wall_sees_its_own_rows_and_its_shortlisted_candidate()
    {
        await ArrangeAsync();

        var seen = await CountsAsync(_employerUserB);

        seen.ShouldBe(new Dictionary<string, long>
        {
            ["draft orders of B"] = 1,
            ["published orders of B"] = 1,
            ["worksites of B"] = 1,
            ["applications"] = 1,
            ["profiles"] = 1,
            ["documents"] = 2,
            ["files"] = 2,
            ["consents"] = 0,
        });
    }

    [Fact]
    public async Task Employer_a_writing_raw_sql_changes_none_of_employer_bs_rows_and_cannot_add_one()
    {
        await ArrangeAsync();

        var changed = await Fixture.WithDbAsAsync(_employerUserA, async db => new[]
        {
            await db.Database.ExecuteSqlAsync($"UPDATE job_orders SET title = 'Taken over' WHERE organization_id = {_employerB}"),
            await db.Database.ExecuteSqlAsync($"DELETE FROM worksites WHERE organization_id = {_employerB}"),
            await db.Database.ExecuteSqlAsync($"UPDATE job_applications SET status = 'Rejected'"),
            await db.Database.ExecuteSqlAsync($"UPDATE worker_profiles SET first_name = 'Taken'"),
            await db.Database.ExecuteSqlAsync($"DELETE FROM stored_files"),
        });
        var refused = await Should.ThrowAsync<PostgresException>(() => Fixture.WithDbAsAsync(_employerUserA, db =>
            db.Database.ExecuteSqlAsync($"INSERT INTO worksites (id, organization_id, name, country_code, city, address, housing_provided) VALUES ({Guid.CreateVersion7()}, {_employerB}, 'Planted', 'KR', 'Seoul', 'Nowhere 1', false)")));

        changed.ShouldBe([0, 0, 0, 0, 0]);
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await OwnerScalarAsync($"SELECT count(*) FROM job_orders WHERE organization_id = '{_employerB}' AND title <> 'Taken over'")).ShouldBe(2);
        (await OwnerScalarAsync($"SELECT count(*) FROM worksites WHERE organization_id = '{_employerB}'")).ShouldBe(1);
        (await OwnerScalarAsync("SELECT count(*) FROM job_applications WHERE status = 'Shortlisted'")).ShouldBe(1);
        (await OwnerScalarAsync("SELECT count(*) FROM stored_files")).ShouldBe(2);
    }

    [Fact]
    public async Task A_citizen_reaches_only_their_own_rows_and_a_visitor_none_but_published_orders()
    {
        await ArrangeAsync();
        var otherCitizen = await Fixture.CreateUserAsync(UserKind.Citizen);

        var citizen = await CountsAsync(otherCitizen);
        var candidate = await CountsAsync(_candidate.Citizen);
        var visitor = await CountsAsync(Nobody.Instance);
        var overwritten = await Fixture.WithDbAsAsync(otherCitizen, db =>
            db.Database.ExecuteSqlAsync($"UPDATE worker_profiles SET first_name = 'Taken' WHERE id = {_candidate.Id}"));

        citizen.Values.Sum().ShouldBe(1, "only the published order: " + string.Join(", ", citizen));
        candidate["profiles"].ShouldBe(1);
        candidate["applications"].ShouldBe(1);
        candidate["documents"].ShouldBe(2);
        candidate["files"].ShouldBe(2);
        candidate["consents"].ShouldBe(1);
        visitor.Values.Sum().ShouldBe(1, "only the published order: " + string.Join(", ", visitor));
        overwritten.ShouldBe(0);
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_changed_or_deleted_through_the_portals_connection_even_by_the_agency()
    {
        await ArrangeAsync();
        await Fixture.WithDbAsync(async db =>
        {
            db.PersonalDataAccesses.Add(new Domain.Workers.PersonalDataAccess(_officer.Id, _candidate.Citizen.Id, "ViewProfile", null, DateTimeOffset.UtcNow, null));
            await db.SaveChangesAsync();
        });
        var before = await OwnerScalarAsync("SELECT count(*) FROM personal_data_accesses");

        var deleted = await Should.ThrowAsync<PostgresException>(() => Fixture.WithDbAsAsync(_officer, db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM personal_data_accesses")));
        var forged = await Should.ThrowAsync<PostgresException>(() => Fixture.WithDbAsAsync(_employerUserA, db =>
            db.Database.ExecuteSqlAsync($"INSERT INTO personal_data_accesses (viewer_id, citizen_id, action, at) VALUES ({_officer.Id}, {_candidate.Citizen.Id}, 'ViewProfile', now())")));

        deleted.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        forged.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        before.ShouldBeGreaterThan(0);
        (await OwnerScalarAsync("SELECT count(*) FROM personal_data_accesses")).ShouldBe(before, "the arrangement's own moves are audited too; the attempts change nothing");
    }

    [Fact]
    public async Task The_agency_passes_by_its_role_and_an_employer_claiming_to_be_the_agency_still_sees_only_its_own()
    {
        await ArrangeAsync();

        var agency = await CountsAsync(_officer);
        var claimed = await Fixture.WithDbAsAsync(_employerUserA, async db =>
        {
            // One open connection, so the interceptor does not set the actor again between the claim and the reads.
            await db.Database.OpenConnectionAsync();
            var role = await db.Database.SqlQuery<string>($"SELECT set_config('mp.actor', 'agency', false) || current_user AS \"Value\"").SingleAsync();
            var orders = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM job_orders WHERE id = {_draftOfB}").SingleAsync();
            var profiles = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM worker_profiles").SingleAsync();
            return (role, orders, profiles);
        });

        agency.ShouldBe(new Dictionary<string, long>
        {
            ["draft orders of B"] = 1,
            ["published orders of B"] = 1,
            ["worksites of B"] = 1,
            ["applications"] = 1,
            ["profiles"] = 1,
            ["documents"] = 2,
            ["files"] = 2,
            ["consents"] = 1,
        });
        claimed.ShouldBe(("agency" + TestDatabase.ApplicationRole, 0L, 0L));
    }

    [Fact]
    public async Task A_visitor_on_the_connection_an_officer_just_returned_to_the_pool_is_a_visitor_again()
    {
        await ArrangeAsync();
        // A pool of one connection of its own, so the visitor gets exactly the connection the officer used.
        var pooled = new NpgsqlConnectionStringBuilder(Fixture.ApplicationConnectionString) { MaxPoolSize = 1, ApplicationName = "rls-pool-reset" }.ConnectionString;
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UsePortalDatabase(pooled).AddInterceptors(new RowSecurityActorInterceptor());
        var options = builder.Options;

        async Task<(int Backend, string Role, long Profiles, long Drafts)> ReadAs(ICurrentUser actor)
        {
            await using var db = new PortalDbContext(options, actor);
            await db.Database.OpenConnectionAsync();
            return (
                await db.Database.SqlQuery<int>($"SELECT pg_backend_pid() AS \"Value\"").SingleAsync(),
                await db.Database.SqlQuery<string>($"SELECT current_user::text AS \"Value\"").SingleAsync(),
                await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM worker_profiles").SingleAsync(),
                await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM job_orders WHERE id = {_draftOfB}").SingleAsync());
        }

        var officer = await ReadAs(_officer);
        var visitor = await ReadAs(Nobody.Instance);

        officer.ShouldBe((officer.Backend, RowSecurityActorInterceptor.AgencyRole, 1L, 1L));
        visitor.ShouldBe((officer.Backend, TestDatabase.ApplicationRole, 0L, 0L), "the same backend, reset by the pool: no role, no actor");
    }

    [Fact]
    public void A_connection_string_that_turns_off_the_pools_reset_is_refused()
    {
        var unsafeString = new NpgsqlConnectionStringBuilder(Fixture.ApplicationConnectionString) { NoResetOnClose = true }.ConnectionString;

        Should.Throw<InvalidOperationException>(() => new DbContextOptionsBuilder<PortalDbContext>().UsePortalDatabase(unsafeString))
            .Message.ShouldContain("No Reset On Close");
    }

    [Fact]
    public async Task The_published_orders_view_shows_every_column_of_published_orders_only_and_cannot_be_written_through()
    {
        await ArrangeAsync();

        var missing = await OwnerScalarAsync(
            """
            SELECT count(*) FROM information_schema.columns t
            WHERE t.table_name = 'job_orders' AND NOT EXISTS (
                SELECT 1 FROM information_schema.columns v WHERE v.table_name = 'published_job_orders' AND v.column_name = t.column_name)
            """);
        var seen = await Fixture.WithDbAsAsync(_employerUserA, db => db.Database.SqlQuery<long>(
            $"SELECT count(*) AS \"Value\" FROM published_job_orders WHERE organization_id = {_employerB}").SingleAsync());
        var written = await Should.ThrowAsync<PostgresException>(() => Fixture.WithDbAsAsync(_employerUserA, db =>
            db.Database.ExecuteSqlAsync($"UPDATE published_job_orders SET title = 'Taken over' WHERE organization_id = {_employerB}")));

        missing.ShouldBe(0, "a migration that adds a column to job_orders must recreate the view published_job_orders");
        seen.ShouldBe(1);
        written.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_portals_connection_owns_nothing_and_the_owners_would_pass_the_wall_by()
    {
        var portal = await Fixture.WithDbAsync(db => PortalDatabase.RowSecurityBypassAsync(db));
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalDatabase(Fixture.ConnectionString);
        await using var owner = new PortalDbContext(options.Options, SystemActor.Instance);

        portal.ShouldBeNull();
        (await PortalDatabase.RowSecurityBypassAsync(owner)).ShouldBeOneOf("superuser", "bypassrls", "owner");
    }

    private Task<Dictionary<string, long>> CountsAsync(ICurrentUser actor) =>
        Fixture.WithDbAsAsync(actor, async db =>
        {
            async Task<long> Count(FormattableString sql) => await db.Database.SqlQuery<long>(sql).SingleAsync();
            return new Dictionary<string, long>
            {
                ["draft orders of B"] = await Count($"SELECT count(*) AS \"Value\" FROM job_orders WHERE id = {_draftOfB}"),
                ["published orders of B"] = await Count($"SELECT count(*) AS \"Value\" FROM job_orders WHERE id = {_publishedOfB}"),
                ["worksites of B"] = await Count($"SELECT count(*) AS \"Value\" FROM worksites WHERE organization_id = {_employerB}"),
                ["applications"] = await Count($"SELECT count(*) AS \"Value\" FROM job_applications"),
                ["profiles"] = await Count($"SELECT count(*) AS \"Value\" FROM worker_profiles WHERE id = {_candidate.Id}"),
                ["documents"] = await Count($"SELECT count(*) AS \"Value\" FROM profile_documents"),
                ["files"] = await Count($"SELECT count(*) AS \"Value\" FROM stored_files"),
                ["consents"] = await Count($"SELECT count(*) AS \"Value\" FROM consent_records"),
            };
        });

    private async Task<long> OwnerScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    // Employer B has a draft, a published order with a shortlisted candidate (two documents, a consent) and a
    // worksite; employer A has nothing of its own.
    private async Task ArrangeAsync()
    {
        var employerA = await Fixture.CreateEmployerAsync("Hanil Precision");
        _employerB = await Fixture.CreateEmployerAsync("Daesung Construction");
        _employerUserA = await Fixture.CreateUserAsync(UserKind.EmployerStaff, employerA);
        _employerUserB = await Fixture.CreateUserAsync(UserKind.EmployerStaff, _employerB);
        _officer = await Fixture.CreateUserAsync(UserKind.Officer, unitId: ProfileArrangement.SamarkandUnit);
        _publishedOfB = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, _employerB, _employerUserB.Id, _officer.Id);
        _draftOfB = await OrderArrangement.PublishedFormworkOrderAsync(Fixture, _employerB, _employerUserB.Id, _officer.Id, "Draft welder");
        await OwnerScalarAsync($"WITH d AS (UPDATE job_orders SET status = 'Draft' WHERE id = '{_draftOfB}' RETURNING 1) SELECT count(*) FROM d");
        await OwnerScalarAsync($"WITH w AS (INSERT INTO worksites (id, organization_id, name, country_code, city, address, housing_provided) VALUES ('{Guid.CreateVersion7()}', '{_employerB}', 'Pyeongtaek yard', 'KR', 'Pyeongtaek', 'Yard 1', true) RETURNING 1) SELECT count(*) FROM w");

        var profiles = new ProfileArrangement(Fixture);
        _candidate = await profiles.SubmittedInSamarkandAsync();
        await profiles.VerifyAsync(_candidate, _officer.Id);
        var application = await Fixture.SendAsync(_candidate.Citizen, new ApplyToJobOrderCommand(_publishedOfB));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([application], ApplicationStatus.Screening, null));
        await Fixture.SendAsync(_officer, new MoveApplicationsCommand([application], ApplicationStatus.Shortlisted, "Good match"));
    }

    private sealed class Nobody : ICurrentUser
    {
        public static readonly Nobody Instance = new();

        public bool IsAuthenticated => false;

        public Guid? UserId => null;

        public UserKind? Kind => null;

        public Guid? OrganizationId => null;

        public Guid? UnitId => null;

        public Guid? CitizenId => null;
    }
}
