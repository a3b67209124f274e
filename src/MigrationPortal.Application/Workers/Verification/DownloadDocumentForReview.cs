using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Verification;

/// <summary>A document of a profile under review, for the officer to download; each download is audited.</summary>
public sealed record DownloadDocumentForReviewQuery(Guid DocumentId) : IQuery<DocumentDownload>;

public sealed record DocumentDownload(byte[] Content, string ContentType, string FileName, DocumentKind Kind);

public sealed class DownloadDocumentForReviewHandler(IPortalDbContext db, ICurrentUser currentUser, IFileStore files, PersonalDataAudit audit)
    : IQueryHandler<DownloadDocumentForReviewQuery, DocumentDownload>
{
    public async ValueTask<DocumentDownload> Handle(DownloadDocumentForReviewQuery query, CancellationToken cancellationToken)
    {
        var unit = currentUser.ReviewUnit();

        // The same rule as the profile itself: another unit's document is "not found".
        var document = await (
            from d in db.ProfileDocuments.AsNoTracking()
            join p in db.WorkerProfiles.AsNoTracking().ReviewableIn(unit) on d.ProfileId equals p.Id
            where d.Id == query.DocumentId
            select new { d.FileId, d.FileName, d.ContentType, d.Kind, p.CitizenId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var content = await files.ReadAsync(document.FileId, cancellationToken) ?? throw new NotFoundException();

        await audit.RecordViewAsync(PersonalDataAudit.DownloadDocument, document.CitizenId, document.Kind.ToString(), cancellationToken);
        return new DocumentDownload(content, document.ContentType, document.FileName, document.Kind);
    }
}
