using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

public sealed record GetStaffAccountQuery(Guid Id) : IQuery<StaffAccountDetails>;

public sealed record StaffAccountDetails(
    Guid Id,
    string FullName,
    string? Email,
    string? PhoneNumber,
    UserKind Kind,
    Guid? UnitId,
    Guid? EmployerId,
    bool OwnAccount,
    IReadOnlyList<StaffAccountEvent> History);

/// <summary>One recorded change: the kind before and after, the names of the fields that changed, who and when.</summary>
public sealed record StaffAccountEvent(UserKind From, UserKind To, IReadOnlyList<string> Fields, string? By, DateTimeOffset At);

public sealed class GetStaffAccountHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<GetStaffAccountQuery, StaffAccountDetails>
{
    public async ValueTask<StaffAccountDetails> Handle(GetStaffAccountQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == query.Id && u.Kind != UserKind.Citizen)
            .Select(u => new { u.Id, u.FullName, u.Email, u.PhoneNumber, u.Kind, u.UnitId, u.OrganizationId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var history = await (
            from c in db.StatusChanges.AsNoTracking()
            where c.EntityType == StaffAccountChanges.RecordType && c.EntityId == query.Id
            join b in db.Users on c.ChangedBy equals (Guid?)b.Id into changers
            from b in changers.DefaultIfEmpty()
            orderby c.ChangedAt descending, c.Id descending
            select new { c.FromStatus, c.ToStatus, c.Reason, By = b == null ? null : b.FullName, c.ChangedAt })
            .Take(50)
            .ToListAsync(cancellationToken);
        return new StaffAccountDetails(
            user.Id, user.FullName, user.Email, user.PhoneNumber, user.Kind, user.UnitId, user.OrganizationId, user.Id == currentUser.UserId,
            [.. history.Select(h => new StaffAccountEvent(Enum.Parse<UserKind>(h.FromStatus!), Enum.Parse<UserKind>(h.ToStatus), (h.Reason ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), h.By, h.ChangedAt))]);
    }
}
