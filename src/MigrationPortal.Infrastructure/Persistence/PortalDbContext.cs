using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Reference;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Infrastructure.Files;

namespace MigrationPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's unit of work. Its named query filters read the context's own scope properties, which EF
/// evaluates per query, so one user's scope is never baked into the shared model (docs/design/architecture.md, trap 5).
/// </summary>
public sealed class PortalDbContext : IdentityDbContext<PortalUser, PortalRole, Guid>, IPortalDbContext, IDataProtectionKeyContext
{
    /// <summary>The filter that keeps each employer to its own rows.</summary>
    public const string TenantFilter = QueryFilters.Tenant;

    /// <summary>The filter that keeps each citizen to their own rows.</summary>
    public const string CitizenFilter = QueryFilters.Citizen;

    private readonly ICurrentUser _currentUser;

    public PortalDbContext(DbContextOptions<PortalDbContext> options, ICurrentUser currentUser)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(currentUser);
        _currentUser = currentUser;
    }

    // Read at each query, so a context created before sign-in is known (Identity's cookie validation)
    // still answers for the user the request turns out to be.
    public bool SeesAllEmployers => _currentUser.Kind is { } kind && kind.IsAgency();

    public bool SeesAllCitizens => SeesAllEmployers;

    public Guid? CurrentOrganizationId => _currentUser.Kind is { } kind && kind.IsEmployer() ? _currentUser.OrganizationId : null;

    public Guid? CurrentCitizenId => _currentUser.Kind == UserKind.Citizen ? _currentUser.CitizenId : null;

    /// <summary>Who the database's row-level security sees acting now (ADR-009), read when a connection opens.</summary>
    public RowSecurityActor RowSecurityActor => RowSecurityActor.Of(_currentUser);

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<District> Districts => Set<District>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Currency> Currencies => Set<Currency>();

    public DbSet<Language> Languages => Set<Language>();

    public DbSet<LanguageScale> LanguageScales => Set<LanguageScale>();

    public DbSet<LanguageLevel> LanguageLevels => Set<LanguageLevel>();

    public DbSet<Occupation> Occupations => Set<Occupation>();

    public DbSet<AgencyUnit> AgencyUnits => Set<AgencyUnit>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<Worksite> Worksites => Set<Worksite>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<OutboxSms> OutboxSms => Set<OutboxSms>();

    public DbSet<PhoneCode> PhoneCodes => Set<PhoneCode>();

    public DbSet<WorkerProfile> WorkerProfiles => Set<WorkerProfile>();

    public DbSet<ProfileDocument> ProfileDocuments => Set<ProfileDocument>();

    public DbSet<ConsentText> ConsentTexts => Set<ConsentText>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<AssistedRegistration> AssistedRegistrations => Set<AssistedRegistration>();

    public DbSet<PersonalDataAccess> PersonalDataAccesses => Set<PersonalDataAccess>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<JobOrder> JobOrders => Set<JobOrder>();

    public IQueryable<JobOrder> PublishedJobOrders => JobOrders.FromSqlRaw("SELECT * FROM published_job_orders");

    public DbSet<EmployerPhoto> EmployerPhotos => Set<EmployerPhoto>();

    public DbSet<JobApplication> JobApplications => Set<JobApplication>();

    public DbSet<MinimumWage> MinimumWages => Set<MinimumWage>();

    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();

    public DbSet<WageReferenceChange> WageReferenceChanges => Set<WageReferenceChange>();

    /// <summary>The Data Protection key ring, kept in the database so every instance shares it.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Trigram indexes serve the vacancy search's free text in any language and script.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<PortalUser>().ToTable("users");
        builder.Entity<PortalRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        builder.Entity<PortalUser>().Property(u => u.PreferredCulture).HasMaxLength(10).HasDefaultValue("uz-Latn");
        builder.Entity<StoredFile>().Property(f => f.Id).ValueGeneratedNever();
        builder.Entity<ProtectedSecret>().ToTable("protected_secrets").HasKey(s => s.Name);
        builder.Entity<ProtectedSecret>().Property(s => s.Name).HasMaxLength(60);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null).ToList())
        {
            if (typeof(IEmployerOwned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter, EmployerFilter(entityType.ClrType));
                builder.Entity(entityType.ClrType).HasIndex(nameof(IEmployerOwned.OrganizationId));
            }

            if (typeof(ICitizenOwned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(CitizenFilter, CitizenOwnedFilter(entityType.ClrType));
                builder.Entity(entityType.ClrType).HasIndex(nameof(ICitizenOwned.CitizenId));
            }
        }
    }

    // e => SeesAllEmployers || e.OrganizationId == CurrentOrganizationId, reading this context's own properties.
    private LambdaExpression EmployerFilter(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var context = Expression.Constant(this);
        var ownRow = Expression.Equal(
            Expression.Convert(Expression.Property(entity, nameof(IEmployerOwned.OrganizationId)), typeof(Guid?)),
            Expression.Property(context, nameof(CurrentOrganizationId)));
        return Expression.Lambda(Expression.OrElse(Expression.Property(context, nameof(SeesAllEmployers)), ownRow), entity);
    }

    private LambdaExpression CitizenOwnedFilter(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var context = Expression.Constant(this);
        var ownRow = Expression.Equal(
            Expression.Convert(Expression.Property(entity, nameof(ICitizenOwned.CitizenId)), typeof(Guid?)),
            Expression.Property(context, nameof(CurrentCitizenId)));
        return Expression.Lambda(Expression.OrElse(Expression.Property(context, nameof(SeesAllCitizens)), ownRow), entity);
    }
}

/// <summary>A secret of the portal's own (the look-up hash key), stored protected by the Data Protection key ring.</summary>
public sealed class ProtectedSecret
{
    public required string Name { get; init; }

    public required string Value { get; init; }
}
