using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.JobOrders;

public sealed class EmployerPhotoConfiguration : IEntityTypeConfiguration<EmployerPhoto>
{
    public void Configure(EntityTypeBuilder<EmployerPhoto> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Caption).HasMaxLength(150);
        builder.Property(e => e.ContentType).HasMaxLength(50);
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
