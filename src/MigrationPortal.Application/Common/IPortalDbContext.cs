using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Reference;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Common;

/// <summary>The slices' window on the database: no repositories on top (ADR-001).</summary>
public interface IPortalDbContext
{
    DbSet<Region> Regions { get; }

    DbSet<District> Districts { get; }

    DbSet<Country> Countries { get; }

    DbSet<Currency> Currencies { get; }

    DbSet<Language> Languages { get; }

    DbSet<LanguageScale> LanguageScales { get; }

    DbSet<LanguageLevel> LanguageLevels { get; }

    DbSet<Occupation> Occupations { get; }

    DbSet<AgencyUnit> AgencyUnits { get; }

    DbSet<Employer> Employers { get; }

    DbSet<Worksite> Worksites { get; }

    DbSet<StatusChange> StatusChanges { get; }

    DbSet<OutboxEmail> OutboxEmails { get; }

    DbSet<OutboxSms> OutboxSms { get; }

    DbSet<PhoneCode> PhoneCodes { get; }

    DbSet<WorkerProfile> WorkerProfiles { get; }

    DbSet<ProfileDocument> ProfileDocuments { get; }

    DbSet<ConsentText> ConsentTexts { get; }

    DbSet<ConsentRecord> ConsentRecords { get; }

    DbSet<AssistedRegistration> AssistedRegistrations { get; }

    DbSet<PersonalDataAccess> PersonalDataAccesses { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<JobOrder> JobOrders { get; }

    /// <summary>
    /// The published orders, read through the database's view of them (migration RowSecurityByRole): the search's
    /// conditions reach its indexes, which row-level security's barrier would keep them from.
    /// </summary>
    IQueryable<JobOrder> PublishedJobOrders { get; }

    DbSet<EmployerPhoto> EmployerPhotos { get; }

    DbSet<JobApplication> JobApplications { get; }

    DbSet<MinimumWage> MinimumWages { get; }

    DbSet<ExchangeRate> ExchangeRates { get; }

    DbSet<WageReferenceChange> WageReferenceChanges { get; }

    DbSet<PortalUser> Users { get; }

    DatabaseFacade Database { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
