using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Workers.Profiles;

/// <summary>A document's bytes for its owner.</summary>
public sealed record GetMyDocumentQuery(Guid Id) : IQuery<DocumentFile>;

public sealed record DocumentFile(byte[] Content, string ContentType, string FileName);

public sealed class GetMyDocumentHandler(IPortalDbContext db, ICurrentUser currentUser, IFileStore files) : IQueryHandler<GetMyDocumentQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetMyDocumentQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);

        // The citizen filter answers "not found" for anybody else's document.
        var document = await db.ProfileDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException();
        var content = await files.ReadAsync(document.FileId, cancellationToken) ?? throw new NotFoundException();
        return new DocumentFile(content, document.ContentType, document.FileName);
    }
}
