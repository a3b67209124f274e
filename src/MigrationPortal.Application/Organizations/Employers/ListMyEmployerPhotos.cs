using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>The signed-in employer's own photos of its workplace and housing, as its vacancies show them.</summary>
public sealed record ListMyEmployerPhotosQuery : IQuery<IReadOnlyList<EmployerPhotoItem>>;

public sealed record EmployerPhotoItem(Guid Id, PhotoSubject Subject, string Caption, DateTimeOffset UploadedAt);

public sealed class ListMyEmployerPhotosHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListMyEmployerPhotosQuery, IReadOnlyList<EmployerPhotoItem>>
{
    public async ValueTask<IReadOnlyList<EmployerPhotoItem>> Handle(ListMyEmployerPhotosQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();

        // In the order the vacancy page shows them.
        return await db.EmployerPhotos.AsNoTracking()
            .OrderBy(p => p.Subject).ThenBy(p => p.UploadedAt).ThenBy(p => p.Id)
            .Select(p => new EmployerPhotoItem(p.Id, p.Subject, p.Caption, p.UploadedAt))
            .ToListAsync(cancellationToken);
    }
}
