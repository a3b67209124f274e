using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Reference;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Workers;

public sealed class WorkerProfileConfiguration : IEntityTypeConfiguration<WorkerProfile>
{
    public void Configure(EntityTypeBuilder<WorkerProfile> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.LastName).HasMaxLength(60);
        builder.Property(e => e.FirstName).HasMaxLength(60);
        builder.Property(e => e.Patronymic).HasMaxLength(60);
        builder.Property(e => e.IdentitySource).HasMaxLength(20);
        builder.Property(e => e.Phone).HasMaxLength(13);
        builder.Property(e => e.PinflCipher).HasMaxLength(400);
        builder.Property(e => e.PassportCipher).HasMaxLength(400);
        builder.Property(e => e.Version).IsRowVersion();
        builder.ComplexCollection(e => e.Educations, b => b.ToJson());
        builder.ComplexCollection(e => e.WorkHistory, b => b.ToJson());
        builder.ComplexCollection(e => e.Professions, b => b.ToJson());
        builder.ComplexCollection(e => e.Languages, b => b.ToJson());
        builder.ComplexCollection(e => e.ReturnReasons, b => b.ToJson());
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(e => e.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgencyUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);

        // One profile per PINFL, and per passport, found by the keyed hash (the numbers themselves are encrypted).
        builder.HasIndex(e => e.PinflHash).IsUnique();
        builder.HasIndex(e => e.PassportHash).IsUnique();

        // The verification queues at a million citizens: oldest submission first, keyset on (submitted_at, id),
        // only profiles whose owner still consents (docs/design/quality.md, Scale: every filter has an index).
        builder.HasIndex(e => new { e.UnitId, e.Status, e.SubmittedAt, e.Id })
            .HasDatabaseName("ix_worker_profiles_unit_queue").HasFilter("consent_active");
        builder.HasIndex(e => new { e.DistrictId, e.Status, e.SubmittedAt, e.Id })
            .HasDatabaseName("ix_worker_profiles_district_queue").HasFilter("consent_active");
        builder.HasIndex(e => new { e.Status, e.SubmittedAt, e.Id })
            .HasDatabaseName("ix_worker_profiles_all_queue").HasFilter("consent_active");
        builder.HasIndex(e => e.OccupationCodes).HasMethod("gin");
        // The supervisor's workload: decisions of the last 30 days, newest first.
        builder.HasIndex(e => e.DecidedAt).HasFilter("decided_at IS NOT NULL");
    }
}
