using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Application.Organizations.Employers;

/// <summary>The employer keeps its own public profile; <see cref="Version"/> is the one the user saw.</summary>
public sealed record UpdateEmployerPublicProfileCommand : ICommand
{
    public const int DescriptionMaxLength = 2000;

    public uint Version { get; init; }

    public string? Description { get; init; }

    public string? City { get; init; }

    public string? Sector { get; init; }

    public string? Website { get; init; }
}

public sealed class UpdateEmployerPublicProfileValidator : AbstractValidator<UpdateEmployerPublicProfileCommand>
{
    public UpdateEmployerPublicProfileValidator()
    {
        RuleFor(x => x.Description).MaximumLength(UpdateEmployerPublicProfileCommand.DescriptionMaxLength);
        RuleFor(x => x.City).MaximumLength(100);
        RuleFor(x => x.Sector).MaximumLength(100);
        RuleFor(x => x.Website).MaximumLength(200);
        RuleFor(x => x.Website)
            .Must(url => Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .When(x => !string.IsNullOrWhiteSpace(x.Website))
            .WithErrorCode(ErrorCodes.WebsiteUrl);
    }
}

public sealed class UpdateEmployerPublicProfileHandler(IPortalDbContext db, ICurrentUser currentUser) : ICommandHandler<UpdateEmployerPublicProfileCommand>
{
    public async ValueTask<Unit> Handle(UpdateEmployerPublicProfileCommand command, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.RequireOrganizationId();
        var employer = await db.Employers.SingleOrDefaultAsync(e => e.Id == organizationId, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(employer, command.Version);
        employer.UpdatePublicProfile(command.Description, command.City, command.Sector, command.Website);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
