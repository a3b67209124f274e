using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Workers.Assisted;

/// <summary>
/// What every officer's entry in an assisted citizen's profile shares (issue 12): the record must be the officer's
/// unit's and not taken over, the officer is the actor of the change, and the entry is marked "assisted by" them.
/// </summary>
internal static class AssistedProfiles
{
    public static async ValueTask<Mediator.Unit> ChangeAsync(
        IPortalDbContext db,
        ICurrentUser currentUser,
        Notifier notifier,
        PersonalDataAudit audit,
        TimeProvider clock,
        Guid registrationId,
        AssistedSection section,
        Func<WorkerProfile, Guid, DateTimeOffset, Task> change,
        CancellationToken cancellationToken)
    {
        var registration = await AssistedScope.LoadOpenAsync(db, currentUser, registrationId, cancellationToken);
        var profile = await db.WorkerProfiles.SingleAsync(p => p.Id == registration.CitizenId, cancellationToken);
        var before = profile.Status;
        var officerId = currentUser.RequireUserId();
        var now = clock.GetUtcNow();
        await change(profile, officerId, now);
        registration.Mark(section, officerId, registration.UnitId, now);
        audit.RecordChange(PersonalDataAudit.AssistProfile, registration.CitizenId, section.ToString());
        await CitizenProfiles.SaveAsync(db, notifier, profile, before, cancellationToken);
        return Mediator.Unit.Value;
    }

    /// <summary>
    /// Checks the citizen's own form by its own validator, so the officer's entry obeys the same rules, and reports
    /// its failures under the form's own field names.
    /// </summary>
    public static async Task ValidateAsAsync<T, TInner>(IValidator<TInner> validator, TInner inner, ValidationContext<T> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var failure in (await validator.ValidateAsync(inner, cancellationToken)).Errors)
        {
            context.AddFailure(failure);
        }
    }
}

/// <summary>The citizen an officer fills a profile for, as the citizen's own rules look them up.</summary>
internal sealed record AssistedCitizen(Guid Id) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public Guid? UserId => Id;

    public Domain.Identity.UserKind? Kind => Domain.Identity.UserKind.Citizen;

    public Guid? OrganizationId => null;

    public Guid? UnitId => null;

    public Guid? CitizenId => Id;
}
