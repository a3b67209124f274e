using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>The signed-in employer's own photos of its workplace and housing, as its vacancies show them.</summary>
public sealed record ListMyEmployerPhotosQuery : IQuery<IReadOnlyList<EmployerPhotoItem>>;

public sealed record EmployerPhotoItem(Guid Id, PhotoSubject Subject, string Caption, DateTimeOffset UploadedAt);

/// <summary>One of the employer's own photos, for its preview while it has no published vacancy.</summary>
public sealed record GetMyEmployerPhotoQuery(Guid Id) : IQuery<EmployerPhotoFile>;

public sealed record EmployerPhotoFile(byte[] Content, string ContentType);

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

public sealed record DeleteEmployerPhotoCommand(Guid Id) : ICommand;

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

public sealed class EmployerPhotoHandlers(IPortalDbContext db, ICurrentUser currentUser, IFileStore files, TimeProvider clock)
    : IQueryHandler<ListMyEmployerPhotosQuery, IReadOnlyList<EmployerPhotoItem>>,
      IQueryHandler<GetMyEmployerPhotoQuery, EmployerPhotoFile>,
      ICommandHandler<UploadEmployerPhotoCommand>,
      ICommandHandler<DeleteEmployerPhotoCommand>
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

    public async ValueTask<Unit> Handle(DeleteEmployerPhotoCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireOrganizationId();
        var photo = await db.EmployerPhotos.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        files.Remove(photo.FileId);
        db.EmployerPhotos.Remove(photo);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
