using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Profiles;

/// <summary>Uploads a document of a kind, replacing the one of that kind the profile had.</summary>
public sealed record UploadProfileDocumentCommand : ICommand
{
    public DocumentKind? DocumentKind { get; init; }

    public string? FileName { get; init; }

    public byte[] Content { get; init; } = [];
}

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

public sealed class UploadProfileDocumentHandler(IPortalDbContext db, ICurrentUser currentUser, IFileStore files, Notifier notifier, TimeProvider clock) : ICommandHandler<UploadProfileDocumentCommand>
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
}
