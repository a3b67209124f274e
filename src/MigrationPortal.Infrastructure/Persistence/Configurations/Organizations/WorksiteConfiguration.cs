using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Organizations;

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
