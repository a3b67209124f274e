using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Application.JobApplications;

/// <summary>
/// A supervisor records a signed contract that is worse than the order (less pay or more hours), with the reason the
/// difference is accepted (issue 4). Recorded as the supervisor's approval on the application.
/// </summary>
public sealed record ApproveContractDeviationCommand : ICommand, IContractTermsInput
{
    public Guid ApplicationId { get; init; }

    public uint Version { get; init; }

    public decimal? MonthlyWage { get; init; }

    public int? HoursPerWeek { get; init; }

    public int? ContractMonths { get; init; }

    public DateOnly? StartDate { get; init; }

    public string? Reason { get; init; }
}

public sealed class ApproveContractDeviationValidator : AbstractValidator<ApproveContractDeviationCommand>
{
    public ApproveContractDeviationValidator()
    {
        Include(new ContractTermsValidator());
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000);
    }
}

public sealed class ApproveContractDeviationHandler(IPortalDbContext db, ICurrentUser currentUser, Notifier notifier, PersonalDataAudit audit, TimeProvider clock) : ICommandHandler<ApproveContractDeviationCommand>
{
    public async ValueTask<Unit> Handle(ApproveContractDeviationCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Supervisor);
        var supervisor = currentUser.RequireUserId();
        var application = await db.JobApplications.SingleOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(application, command.Version);
        var order = await db.JobOrders.SingleAsync(o => o.Id == application.JobOrderId, cancellationToken);
        var contract = command.ToContract(order.CurrencyCode);
        application.RecordContract(order, contract, supervisor, command.Reason, supervisor, clock.GetUtcNow());
        audit.RecordChange(PersonalDataAudit.ApproveContractDeviation, application.CitizenId, order.Id.ToString());
        await notifier.NotifyAsync(StatusNotices.For(application, order.Title), cancellationToken);
        await notifier.NotifyEmployerAsync(new EmployerNotice(order.OrganizationId, "Notice.Employer.DeviationApproved", [order.Title], NoticeTarget.JobOrderCandidates(order.Id)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
