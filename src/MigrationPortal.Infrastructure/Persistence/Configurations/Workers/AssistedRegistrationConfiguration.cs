using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Infrastructure.Files;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Workers;

public sealed class AssistedRegistrationConfiguration : IEntityTypeConfiguration<AssistedRegistration>
{
    public void Configure(EntityTypeBuilder<AssistedRegistration> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ConsentKind).HasConversion<string>().HasMaxLength(20);
        builder.ComplexCollection(e => e.Entries, b => b.ToJson());
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.CitizenId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgencyUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(e => e.ConsentFileId).OnDelete(DeleteBehavior.Restrict);

        // One record per citizen; the unit's list and the supervisors' list, newest first.
        builder.HasIndex(e => e.CitizenId).IsUnique();
        builder.HasIndex(e => new { e.UnitId, e.RegisteredAt, e.Id });
        builder.HasIndex(e => new { e.RegisteredAt, e.Id });
    }
}
