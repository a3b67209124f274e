using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Infrastructure.Tenancy;

/// <summary>
/// Enforces tenancy on save: an employer user's new rows get their organization stamped, and any row
/// of another organization — added, changed or deleted — is refused before it reaches the database.
/// Agency staff may write any employer's rows but must name the organization explicitly.
/// </summary>
public sealed class TenantStampingInterceptor(ICurrentUser currentUser) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enforce(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Enforce(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Enforce(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IEmployerOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (currentUser.Kind is { } kind && kind.IsAgency())
            {
                if (entry.Entity.OrganizationId == Guid.Empty)
                {
                    throw new TenantViolationException("An agency user must name the organization of a new employer row.");
                }

                continue;
            }

            if (currentUser.Kind is not { } employerKind || !employerKind.IsEmployer() || currentUser.OrganizationId is not { } organizationId)
            {
                throw new TenantViolationException("Only the owning employer or the agency may write employer rows.");
            }

            if (entry.State == EntityState.Added && entry.Entity.OrganizationId == Guid.Empty)
            {
                entry.Entity.OrganizationId = organizationId;
            }

            var original = entry.State == EntityState.Added
                ? entry.Entity.OrganizationId
                : entry.Property(e => e.OrganizationId).OriginalValue;
            if (entry.Entity.OrganizationId != organizationId || original != organizationId)
            {
                throw new TenantViolationException("A row of another organization cannot be written.");
            }
        }
    }
}

/// <summary>A write crossed a tenant boundary. Answered as 403; nothing is saved.</summary>
public sealed class TenantViolationException : Exception
{
    public TenantViolationException()
        : base("Tenant boundary crossed.")
    {
    }

    public TenantViolationException(string message)
        : base(message)
    {
    }

    public TenantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
