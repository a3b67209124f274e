using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.JobOrders;

public sealed class MinimumWageConfiguration : IEntityTypeConfiguration<MinimumWage>
{
    public void Configure(EntityTypeBuilder<MinimumWage> builder)
    {
        builder.Property(e => e.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(e => e.CurrencyCode).HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.MonthlyAmount).HasPrecision(18, 2);
        builder.Property(e => e.Source).HasMaxLength(300);
        builder.HasOne<Country>().WithMany().HasForeignKey(e => e.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Currency>().WithMany().HasForeignKey(e => e.CurrencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Version).IsRowVersion();

        // One figure in force per country and date; a retired one leaves its date free for the right figure.
        builder.HasIndex(e => new { e.CountryCode, e.ValidFrom }).IsUnique().HasFilter("retired_at IS NULL");
    }
}
