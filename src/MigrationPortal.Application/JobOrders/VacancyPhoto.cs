using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;

namespace MigrationPortal.Application.JobOrders;

/// <summary>
/// A photo of an employer's workplace or housing, public only while the employer has a published vacancy: the
/// photos of an employer nobody can apply to stay private.
/// </summary>
public sealed record GetVacancyPhotoQuery(Guid Id) : IQuery<VacancyPhotoFile>;

public sealed record VacancyPhotoFile(byte[] Content, string ContentType);

public sealed class GetVacancyPhotoHandler(IPortalDbContext db, IFileStore files) : IQueryHandler<GetVacancyPhotoQuery, VacancyPhotoFile>
{
    public async ValueTask<VacancyPhotoFile> Handle(GetVacancyPhotoQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var orders = PublicJobOrders.Of(db);
        var photo = await db.EmployerPhotos.IgnoreQueryFilters([QueryFilters.Tenant]).AsNoTracking()
            .Where(p => p.Id == query.Id && orders.Any(o => o.OrganizationId == p.OrganizationId))
            .Select(p => new { p.FileId, p.ContentType })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var content = await files.ReadAsync(photo.FileId, cancellationToken) ?? throw new NotFoundException();
        return new VacancyPhotoFile(content, photo.ContentType);
    }
}
