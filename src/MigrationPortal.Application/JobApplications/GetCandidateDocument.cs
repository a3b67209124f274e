using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.Workers.Verification;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// A document (or the photo) of a candidate the agency shortlisted for one of the employer's orders, as long as the
/// citizen's consent holds; anything else is "not found". Each opening is audited.
/// </summary>
public sealed record GetCandidateDocumentQuery(Guid ApplicationId, Guid DocumentId) : IQuery<DocumentDownload>;

public sealed class GetCandidateDocumentHandler(IPortalDbContext db, ICurrentUser currentUser, IFileStore files, PersonalDataAudit audit)
    : IQueryHandler<GetCandidateDocumentQuery, DocumentDownload>
{
    public async ValueTask<DocumentDownload> Handle(GetCandidateDocumentQuery query, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var document = await (
            from a in ShortlistedApplications.Of(db, organizationId).AsNoTracking()
            join p in db.WorkerProfiles.IgnoreQueryFilters([QueryFilters.Citizen]) on a.CitizenId equals p.Id
            join d in db.ProfileDocuments.IgnoreQueryFilters([QueryFilters.Citizen]) on p.Id equals d.ProfileId
            where a.Id == query.ApplicationId && d.Id == query.DocumentId && p.ConsentActive
            select new { d.FileId, d.FileName, d.ContentType, d.Kind, a.CitizenId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var content = await files.ReadAsync(document.FileId, cancellationToken) ?? throw new NotFoundException();

        await audit.RecordViewAsync(PersonalDataAudit.DownloadDocument, document.CitizenId, document.Kind.ToString(), cancellationToken);
        return new DocumentDownload(content, document.ContentType, document.FileName, document.Kind);
    }
}
