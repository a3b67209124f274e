using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.JobOrders;

public sealed class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    public void Configure(EntityTypeBuilder<JobApplication> builder)
    {
        builder.ToTable("job_applications");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ShortlistNote).HasMaxLength(1000);
        builder.Property(e => e.ContractMonthlyWage).HasPrecision(18, 2);
        builder.Property(e => e.ContractCurrencyCode).HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.DeviationReason).HasMaxLength(1000);
        builder.Property(e => e.ShortlistOverrideReason).HasMaxLength(1000);
        builder.Property(e => e.InterviewPlace).HasMaxLength(InterviewInvitation.PlaceMaxLength);
        builder.Property(e => e.InterviewLink).HasMaxLength(InterviewInvitation.LinkMaxLength);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasOne<JobOrder>().WithMany().HasForeignKey(e => e.JobOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.EmployerId).OnDelete(DeleteBehavior.Restrict);

        // One application per citizen and order (docs/design/domain.md, Application), also under a double click.
        builder.HasIndex(e => new { e.CitizenId, e.JobOrderId }).IsUnique();

        // The agency's screening queue at 5,000,000 applications, and one order's pipeline.
        builder.HasIndex(e => new { e.Status, e.SubmittedAt, e.Id });
        builder.HasIndex(e => new { e.JobOrderId, e.Status, e.SubmittedAt });

        // What an employer may see: its own orders' applications once shortlisted.
        builder.HasIndex(e => new { e.EmployerId, e.JobOrderId, e.Status }).HasFilter("shortlisted_at IS NOT NULL");
    }
}
