using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Reference;
using MigrationPortal.Infrastructure.Persistence.Seed;

namespace MigrationPortal.Infrastructure.Persistence.Configurations;

public sealed class AgencyUnitConfiguration : IEntityTypeConfiguration<AgencyUnit>
{
    public void Configure(EntityTypeBuilder<AgencyUnit> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Country>().WithMany().HasForeignKey(e => e.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Kind, e.RegionId });
        LocalizedNameColumns.Configure(builder);
        builder.HasData(ReferenceData.AgencyUnits);
    }
}

public sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.LegalName).HasMaxLength(200);
        builder.Property(e => e.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(e => e.RegistrationNumber).HasMaxLength(50);
        builder.Property(e => e.AgreementNumber).HasMaxLength(50);
        builder.Property(e => e.ContactName).HasMaxLength(150);
        builder.Property(e => e.ContactEmail).HasMaxLength(254);
        builder.Property(e => e.ContactPhone).HasMaxLength(30);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.Sector).HasMaxLength(100);
        builder.Property(e => e.Website).HasMaxLength(200);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasOne<Country>().WithMany().HasForeignKey(e => e.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CountryCode, e.RegistrationNumber }).IsUnique();
        builder.HasIndex(e => e.LegalName);
    }
}

public sealed class WorksiteConfiguration : IEntityTypeConfiguration<Worksite>
{
    public void Configure(EntityTypeBuilder<Worksite> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(150);
        builder.Property(e => e.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Country>().WithMany().HasForeignKey(e => e.CountryCode).OnDelete(DeleteBehavior.Restrict);

        // The tenant is part of every unique index (docs/design/architecture.md, Tenancy and the row-level security wall).
        builder.HasIndex(e => new { e.OrganizationId, e.Name }).IsUnique();
    }
}

public sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.Property(e => e.EntityType).HasMaxLength(64);
        builder.Property(e => e.FromStatus).HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasMaxLength(32);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.ChangedAt });
    }
}

public sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.To).HasMaxLength(254);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.LastError).HasMaxLength(200);

        // The dispatcher's look-up: unsent mail due now.
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("sent_at IS NULL");
    }
}
