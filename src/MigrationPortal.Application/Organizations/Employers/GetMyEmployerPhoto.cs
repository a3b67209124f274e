using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>One of the employer's own photos, for its preview while it has no published vacancy.</summary>
public sealed record GetMyEmployerPhotoQuery(Guid Id) : IQuery<EmployerPhotoFile>;

public sealed record EmployerPhotoFile(byte[] Content, string ContentType);

public sealed class GetMyEmployerPhotoHandler(IPortalDbContext db, ICurrentUser currentUser, IFileStore files) : IQueryHandler<GetMyEmployerPhotoQuery, EmployerPhotoFile>
{
    public async ValueTask<EmployerPhotoFile> Handle(GetMyEmployerPhotoQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();

        // The tenant filter answers "not found" for another employer's photo.
        var photo = await db.EmployerPhotos.AsNoTracking()
            .Where(p => p.Id == query.Id)
            .Select(p => new { p.FileId, p.ContentType })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var content = await files.ReadAsync(photo.FileId, cancellationToken) ?? throw new NotFoundException();
        return new EmployerPhotoFile(content, photo.ContentType);
    }
}
