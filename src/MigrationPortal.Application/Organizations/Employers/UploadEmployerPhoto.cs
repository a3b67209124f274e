using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>Adds a photo of the workplace or the housing to the employer's profile.</summary>
public sealed record UploadEmployerPhotoCommand : ICommand
{
    /// <summary>Every photo an employer may keep is one its vacancies show.</summary>
    public const int MaximumPhotos = GetVacancyHandler.PhotoLimit;

    /// <summary>The column's length (EmployerPhotoConfiguration).</summary>
    public const int CaptionMaxLength = 150;

    public PhotoSubject? Subject { get; init; }

    public string? Caption { get; init; }

    public string? FileName { get; init; }

    public byte[] Content { get; init; } = [];
}

public sealed class UploadEmployerPhotoValidator : AbstractValidator<UploadEmployerPhotoCommand>
{
    public UploadEmployerPhotoValidator()
    {
        RuleFor(x => x.Subject).NotEmpty().IsInEnum();
        RuleFor(x => x.Caption).NotEmpty().MaximumLength(UploadEmployerPhotoCommand.CaptionMaxLength);
        RuleFor(x => x.Content).Must(c => c.Length > 0).WithErrorCode(ErrorCodes.FileMissing).DependentRules(() =>
        {
            RuleFor(x => x.Content).Must(c => c.Length <= FileSniffer.MaximumBytes).WithErrorCode(ErrorCodes.FileTooLarge);
            RuleFor(x => x.FileName).Must(FileSniffer.IsBareName).WithErrorCode(ErrorCodes.FileNamePath);

            // Shown inline on public pages: only the image types a browser renders, judged from the bytes.
            RuleFor(x => x.Content).Must(c => FileSniffer.Sniff(c) is { ContentType: "image/jpeg" or "image/png" }).WithErrorCode(ErrorCodes.PhotoType);
        });
    }
}

public sealed class UploadEmployerPhotoHandler(IPortalDbContext db, ICurrentUser currentUser, IFileStore files, TimeProvider clock) : ICommandHandler<UploadEmployerPhotoCommand>
{
    public async ValueTask<Unit> Handle(UploadEmployerPhotoCommand command, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Two uploads at once must not both find room under the limit: they queue on the employer's row.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM employers WHERE id = {organizationId} FOR UPDATE", cancellationToken);
        if (await db.EmployerPhotos.CountAsync(cancellationToken) >= UploadEmployerPhotoCommand.MaximumPhotos)
        {
            throw new DomainRuleException("Rule.EmployerPhoto.Limit", UploadEmployerPhotoCommand.MaximumPhotos);
        }

        var (contentType, _) = FileSniffer.Sniff(command.Content)!.Value;
        db.EmployerPhotos.Add(new EmployerPhoto(Guid.CreateVersion7(), files.Add(command.Content), command.Subject!.Value, command.Caption!, contentType, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
