using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Accounts;

public sealed class PhoneCodeConfiguration : IEntityTypeConfiguration<PhoneCode>
{
    public void Configure(EntityTypeBuilder<PhoneCode> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Phone).HasMaxLength(13);
        builder.Property(e => e.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.CodeHash).HasMaxLength(32);

        // A replaced unconfirmed account leaves its codes behind, so the number's hourly limit still counts them.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.SetNull);

        // The latest code of a number, and the number's codes of the last hour (PhoneCodes).
        builder.HasIndex(e => new { e.Phone, e.CreatedAt });

        // The codes one client address asked for in the last hour (PhoneCodes).
        builder.HasIndex(e => new { e.ClientAddress, e.CreatedAt });
    }
}
