using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

/// <summary>Uploads a document of a kind, replacing the one of that kind the profile had.</summary>
public sealed record UploadProfileDocumentCommand : ICommand
{
    public DocumentKind? DocumentKind { get; init; }

    public string? FileName { get; init; }

    public byte[] Content { get; init; } = [];
}

public sealed record DeleteProfileDocumentCommand(Guid Id) : ICommand;

/// <summary>A document's bytes for its owner.</summary>
public sealed record GetMyDocumentQuery(Guid Id) : IQuery<DocumentFile>;

public sealed record DocumentFile(byte[] Content, string ContentType, string FileName);

public sealed class UploadProfileDocumentValidator : AbstractValidator<UploadProfileDocumentCommand>
{
    public UploadProfileDocumentValidator()
    {
        RuleFor(x => x.DocumentKind).NotEmpty().IsInEnum();
        RuleFor(x => x.Content).Must(c => c.Length > 0).WithErrorCode(ErrorCodes.FileMissing).DependentRules(() =>
        {
            RuleFor(x => x.Content).Must(c => c.Length <= FileSniffer.MaximumBytes).WithErrorCode(ErrorCodes.FileTooLarge);
            RuleFor(x => x.FileName).Must(FileSniffer.IsBareName).WithErrorCode(ErrorCodes.FileNamePath);
            RuleFor(x => x.Content).Must(c => FileSniffer.Sniff(c) is not null).WithErrorCode(ErrorCodes.FileType);
            RuleFor(x => x.Content).Must(c => FileSniffer.Sniff(c) is not { ContentType: "application/pdf" })
                .When(x => x.DocumentKind == Domain.Workers.DocumentKind.Photo)
                .WithErrorCode(ErrorCodes.PhotoType);
        });
    }
}

public sealed class ProfileDocumentHandlers(IPortalDbContext db, ICurrentUser currentUser, IFileStore files, Notifier notifier, TimeProvider clock)
    : ICommandHandler<UploadProfileDocumentCommand>,
      ICommandHandler<DeleteProfileDocumentCommand>,
      IQueryHandler<GetMyDocumentQuery, DocumentFile>
{
    public async ValueTask<Unit> Handle(UploadProfileDocumentCommand command, CancellationToken cancellationToken)
    {
        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        var before = profile.Status;
        var now = clock.GetUtcNow();
        profile.NoteDocumentChanged(currentUser.RequireUserId(), now);

        var (contentType, extension) = FileSniffer.Sniff(command.Content)!.Value;
        var stored = new StoredFileInfo(files.Add(command.Content), FileSniffer.SafeName(command.FileName!, extension), contentType, command.Content.Length);
        var existing = await db.ProfileDocuments.SingleOrDefaultAsync(d => d.ProfileId == profile.Id && d.Kind == command.DocumentKind, cancellationToken);
        if (existing is null)
        {
            db.ProfileDocuments.Add(new ProfileDocument(Guid.CreateVersion7(), profile.Id, command.DocumentKind!.Value, stored, now));
        }
        else
        {
            files.Remove(existing.FileId);
            existing.Replace(stored, now);
        }

        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(DeleteProfileDocumentCommand command, CancellationToken cancellationToken)
    {
        var profile = await CitizenProfiles.LoadOrStartAsync(db, currentUser, clock, cancellationToken);
        var document = await db.ProfileDocuments.SingleOrDefaultAsync(d => d.Id == command.Id && d.ProfileId == profile.Id, cancellationToken)
            ?? throw new NotFoundException();
        var before = profile.Status;
        profile.NoteDocumentChanged(currentUser.RequireUserId(), clock.GetUtcNow());
        files.Remove(document.FileId);
        db.ProfileDocuments.Remove(document);
        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Unit.Value;
    }

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
