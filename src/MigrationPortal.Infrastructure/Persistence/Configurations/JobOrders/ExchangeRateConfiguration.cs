using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.JobOrders;

public sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.Property(e => e.CurrencyCode).HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.UsdPerUnit).HasPrecision(18, 8);
        builder.HasOne<Currency>().WithMany().HasForeignKey(e => e.CurrencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Version).IsRowVersion();

        // One rate in force per currency and day; a retired one leaves its day free for the right figure.
        builder.HasIndex(e => new { e.CurrencyCode, e.Date }).IsUnique().HasFilter("retired_at IS NULL");
    }
}
