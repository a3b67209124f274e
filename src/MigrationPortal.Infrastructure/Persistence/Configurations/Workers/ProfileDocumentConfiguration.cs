using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Workers;

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
