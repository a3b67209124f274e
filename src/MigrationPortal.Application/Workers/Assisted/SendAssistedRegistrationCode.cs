using FluentValidation;
using Mediator;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>
/// The first step of a registration at a branch (issue 12): the code goes by SMS to the citizen's phone, within the
/// limits every code has (<see cref="PhoneCodes"/>). Nothing of the citizen is stored until the code comes back.
/// </summary>
public sealed record SendAssistedRegistrationCodeCommand : ICommand<PhoneCodeSending>, IAssistedAccountInput
{
    public string? FullName { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }
}

public sealed class SendAssistedRegistrationCodeValidator : AbstractValidator<SendAssistedRegistrationCodeCommand>
{
    public SendAssistedRegistrationCodeValidator(IPortalDbContext db) => Include(new AssistedAccountRules<SendAssistedRegistrationCodeCommand>(db));
}

public sealed class SendAssistedRegistrationCodeHandler(IPortalDbContext db, ICurrentUser currentUser, PhoneCodes codes) : ICommandHandler<SendAssistedRegistrationCodeCommand, PhoneCodeSending>
{
    public async ValueTask<PhoneCodeSending> Handle(SendAssistedRegistrationCodeCommand command, CancellationToken cancellationToken)
    {
        await AssistedBranch.RequireBranchAsync(db, currentUser, cancellationToken);
        UzbekPhoneNumber.TryNormalize(command.Phone, out var phone);
        var sending = await codes.SendAsync(phone, PhoneCodePurpose.AssistedRegistration, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return sending;
    }
}
