using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.JobOrders;

public sealed class WageReferenceChangeConfiguration : IEntityTypeConfiguration<WageReferenceChange>
{
    public void Configure(EntityTypeBuilder<WageReferenceChange> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);

        // A rate's amount has eight decimals (ExchangeRateConfiguration), a wage's two.
        builder.Property(e => e.OldAmount).HasPrecision(18, 8);
        builder.Property(e => e.NewAmount).HasPrecision(18, 8);
        builder.Property(e => e.OldCurrencyCode).HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.NewCurrencyCode).HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.Reason).HasMaxLength(WageReferences.ReasonLength);
        builder.HasIndex(e => new { e.Kind, e.ReferenceId });
    }
}
