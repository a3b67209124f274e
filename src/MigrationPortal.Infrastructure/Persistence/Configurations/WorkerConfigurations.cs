using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Messaging;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Reference;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Infrastructure.Persistence.Seed;

namespace MigrationPortal.Infrastructure.Persistence.Configurations;

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

public sealed class ProfileDocumentConfiguration : IEntityTypeConfiguration<ProfileDocument>
{
    public void Configure(EntityTypeBuilder<ProfileDocument> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.FileName).HasMaxLength(120);
        builder.Property(e => e.ContentType).HasMaxLength(50);
        builder.HasOne<WorkerProfile>().WithMany().HasForeignKey(e => e.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ProfileId, e.Kind }).IsUnique();
    }
}

public sealed class ConsentTextConfiguration : IEntityTypeConfiguration<ConsentText>
{
    public void Configure(EntityTypeBuilder<ConsentText> builder)
    {
        builder.HasKey(e => e.Version);
        builder.Property(e => e.Version).HasMaxLength(20);
        builder.HasData(ReferenceData.ConsentTexts);
    }
}

public sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).HasMaxLength(20);
        builder.HasOne<ConsentText>().WithMany().HasForeignKey(e => e.Version).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CitizenId, e.GivenAt });
    }
}

public sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.ToTable("personal_data_accesses");
        builder.Property(e => e.Action).HasMaxLength(30);
        builder.Property(e => e.Subject).HasMaxLength(40);
        builder.Property(e => e.ClientAddress).HasColumnType("inet");

        // The audit log's keyset orders, newest first, unfiltered and by each of its filters.
        builder.HasIndex(e => new { e.At, e.Id });
        builder.HasIndex(e => new { e.CitizenId, e.At, e.Id });
        builder.HasIndex(e => new { e.ViewerId, e.At, e.Id });
        builder.HasIndex(e => new { e.Action, e.At, e.Id });
    }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.MessageKey).HasMaxLength(80);
        builder.Property(e => e.TargetKind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(e => new { e.UserId, e.CreatedAt });
        builder.HasIndex(e => e.UserId).HasDatabaseName("ix_notifications_unread").HasFilter("read_at IS NULL");
    }
}
