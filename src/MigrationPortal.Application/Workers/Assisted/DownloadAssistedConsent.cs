using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>The scan of the consent form a citizen signed at a branch, for the record's unit and supervisors; each download is audited.</summary>
public sealed record DownloadAssistedConsentQuery(Guid RegistrationId) : IQuery<AssistedConsentScan>;

/// <summary>The scan's bytes, its type as judged from them, and the name it is offered under.</summary>
public sealed record AssistedConsentScan(byte[] Content, string ContentType, string FileName);

public sealed class DownloadAssistedConsentHandler(IPortalDbContext db, ICurrentUser currentUser, IFileStore files, PersonalDataAudit audit)
    : IQueryHandler<DownloadAssistedConsentQuery, AssistedConsentScan>
{
    public async ValueTask<AssistedConsentScan> Handle(DownloadAssistedConsentQuery query, CancellationToken cancellationToken)
    {
        // The same rule as the record itself: another unit's scan is "not found", as is a consent given by the code.
        var registration = await db.AssistedRegistrations.AsNoTracking().VisibleTo(currentUser)
            .Where(r => r.Id == query.RegistrationId && r.ConsentFileId != null)
            .Select(r => new { r.CitizenId, FileId = r.ConsentFileId!.Value })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var content = await files.ReadAsync(registration.FileId, cancellationToken) ?? throw new NotFoundException();

        // Only a PDF or an image was accepted (RegisterAssistedCitizenValidator); its type is read from its bytes.
        var (contentType, extension) = FileSniffer.Sniff(content) ?? ("application/octet-stream", "");
        await audit.RecordViewAsync(PersonalDataAudit.DownloadAssistedConsent, registration.CitizenId, null, cancellationToken);
        return new AssistedConsentScan(content, contentType, "consent-form" + extension);
    }
}
