using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Infrastructure.Persistence;

/// <summary>Writes the status changes the entities queued, in the same transaction as the change itself.</summary>
public sealed class StatusChangeInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changes = context.ChangeTracker.Entries<StatusTracked>()
            .SelectMany(entry => entry.Entity.TakePendingStatusChanges())
            .ToList();
        context.Set<StatusChange>().AddRange(changes);
    }
}
