using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.JobOrders;

public sealed class JobOrderConfiguration : IEntityTypeConfiguration<JobOrder>
{
    public void Configure(EntityTypeBuilder<JobOrder> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.WagePeriod).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Program).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Title).HasMaxLength(150);
        builder.Property(e => e.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.OccupationCode).HasMaxLength(4);
        builder.Property(e => e.CurrencyCode).HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.WageAmount).HasPrecision(18, 2);
        builder.Property(e => e.MonthlyWage).HasPrecision(18, 2);
        builder.Property(e => e.MonthlyWageUsd).HasPrecision(18, 2);
        builder.Property(e => e.HousingCostPerMonth).HasPrecision(18, 2);
        builder.Property(e => e.OvertimeTerms).HasMaxLength(500);
        builder.Property(e => e.LanguageCode).HasMaxLength(2);
        builder.Property(e => e.RejectionReason).HasMaxLength(1000);
        builder.Property(e => e.SearchText).HasMaxLength(4000);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Country>().WithMany().HasForeignKey(e => e.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Occupation>().WithMany().HasForeignKey(e => e.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Currency>().WithMany().HasForeignKey(e => e.CurrencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Language>().WithMany().HasForeignKey(e => e.LanguageCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LanguageLevel>().WithMany().HasForeignKey(e => e.MinimumLanguageLevelId).OnDelete(DeleteBehavior.Restrict);

        // The employer's own list and the agency's approval queue.
        builder.HasIndex(e => new { e.OrganizationId, e.Status, e.CreatedAt });
        builder.HasIndex(e => new { e.Status, e.SubmittedAt, e.Id });

        // The hourly expiry finds open orders past their deadline without reading the others.
        builder.HasIndex(e => new { e.ApplicationDeadline, e.Id }).HasDatabaseName("ix_job_orders_open_deadline").HasFilter("status IN ('Published', 'Paused')");

        // Public vacancy search at 50,000 orders (issue 4): only published orders are searched, newest or best paid
        // first with a keyset, free text through trigrams, filters on indexed columns.
        builder.HasIndex(e => new { e.PublishedAt, e.Id }).HasDatabaseName("ix_job_orders_published_newest").HasFilter("status = 'Published'");
        builder.HasIndex(e => new { e.MonthlyWageUsd, e.Id }).HasDatabaseName("ix_job_orders_published_wage").HasFilter("status = 'Published'");
        builder.HasIndex(e => new { e.CountryCode, e.PublishedAt, e.Id }).HasDatabaseName("ix_job_orders_published_country").HasFilter("status = 'Published'");
        builder.HasIndex(e => new { e.Program, e.PublishedAt, e.Id }).HasDatabaseName("ix_job_orders_published_program").HasFilter("status = 'Published'");
        builder.HasIndex(e => new { e.OccupationCode, e.PublishedAt, e.Id }).HasDatabaseName("ix_job_orders_published_occupation").HasFilter("status = 'Published'");
        builder.HasIndex(e => new { e.LanguageCode, e.PublishedAt, e.Id }).HasDatabaseName("ix_job_orders_published_language").HasFilter("status = 'Published'");
        builder.HasIndex(e => new { e.PublishedAt, e.Id }, "ix_job_orders_published_housing").HasDatabaseName("ix_job_orders_published_housing").HasFilter("status = 'Published' AND housing_provided");
        builder.HasIndex(e => e.SearchText).HasDatabaseName("ix_job_orders_search_text").HasMethod("gin").HasOperators("gin_trgm_ops").HasFilter("status = 'Published'");
    }
}
