using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Accounts;

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.FullName).HasMaxLength(150);
        builder.Property(e => e.PhoneNumber).HasMaxLength(13);

        // Claimed by OneTimeAuthenticatorTokenProvider's conditional UPDATE only: Identity saves the whole user row on
        // every change, and a stale copy written back would let a used code pass again.
        var lastStep = builder.Property(e => e.AuthenticatorLastStep).Metadata;
        lastStep.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        lastStep.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgencyUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.OrganizationId, e.Kind });
        builder.HasIndex(e => new { e.UnitId, e.Kind });

        // The administrator's account list: staff only, by name, among a million citizen accounts.
        builder.HasIndex(e => e.FullName).HasFilter("kind <> 'Citizen'").HasDatabaseName("ix_users_staff_full_name");

        // One account per phone number, as there is one per email.
        builder.HasIndex(e => e.PhoneNumber).IsUnique().HasFilter("phone_number IS NOT NULL");
    }
}
