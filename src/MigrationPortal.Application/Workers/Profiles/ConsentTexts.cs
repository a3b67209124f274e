using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Workers.Profiles;

internal static class ConsentTexts
{
    public static Task<string> CurrentVersionAsync(IPortalDbContext db, CancellationToken cancellationToken) =>
        db.ConsentTexts.OrderByDescending(t => t.PublishedOn).Select(t => t.Version).FirstAsync(cancellationToken);
}
