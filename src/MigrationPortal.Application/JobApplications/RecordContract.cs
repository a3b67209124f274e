using FluentValidation;
using Mediator;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;

namespace MigrationPortal.Application.JobApplications;

public sealed record RecordContractCommand : ICommand, IContractTermsInput
{
    public Guid ApplicationId { get; init; }

    public uint Version { get; init; }

    public decimal? MonthlyWage { get; init; }

    public int? HoursPerWeek { get; init; }

    public int? ContractMonths { get; init; }

    public DateOnly? StartDate { get; init; }
}

public sealed class RecordContractValidator : AbstractValidator<RecordContractCommand>
{
    public RecordContractValidator() => Include(new ContractTermsValidator());
}

public sealed class RecordContractHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock) : ICommandHandler<RecordContractCommand>
{
    public async ValueTask<Unit> Handle(RecordContractCommand command, CancellationToken cancellationToken)
    {
        var (application, order) = await ShortlistedApplications.LoadAsync(db, currentUser, command.ApplicationId, command.Version, cancellationToken);
        var contract = command.ToContract(order.CurrencyCode);

        // An employer cannot approve its own worse contract: that takes a supervisor (issue 4).
        application.RecordContract(order, contract, null, null, currentUser.RequireUserId(), clock.GetUtcNow());
        audit.RecordChange(PersonalDataAudit.RecordContract, application.CitizenId, order.Id.ToString());
        await notifier.NotifyAsync(StatusNotices.For(application, order.Title), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
