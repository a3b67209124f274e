using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Workers;

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
