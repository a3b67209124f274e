using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.JobApplications;

/// <summary>Whether the signed-in citizen may apply to a published order: what the eligibility page shows and applying checks.</summary>
internal static class CitizenEligibility
{
    public static async Task<(JobOrder Order, IReadOnlyList<IneligibleReason> Reasons)> CheckAsync(IPortalDbContext db, ICurrentUser currentUser, TimeProvider clock, Guid jobOrderId, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Citizen);
        var citizenId = currentUser.RequireUserId();

        // Orders are the employers' rows; a citizen reads an order the agency has published, never a draft,
        // a pending or a rejected one, nor one of a suspended employer ("not found").
        var order = await db.JobOrders.IgnoreQueryFilters([QueryFilters.Tenant]).OfActiveEmployers(db).SingleOrDefaultAsync(o => o.Id == jobOrderId && o.Status != JobOrderStatus.Draft && o.Status != JobOrderStatus.PendingApproval && o.Status != JobOrderStatus.Rejected, cancellationToken)
            ?? throw new NotFoundException();
        var profile = await db.WorkerProfiles.AsNoTracking()
            .Where(p => p.Id == citizenId)
            .Select(p => new { p.Status, p.ConsentActive, p.BirthDate, p.Languages })
            .SingleOrDefaultAsync(cancellationToken);
        var levelIds = profile?.Languages.Select(l => l.LevelId).Append(order.MinimumLanguageLevelId ?? 0).ToList() ?? [order.MinimumLanguageLevelId ?? 0];
        var ranks = await db.LanguageLevels.AsNoTracking().Where(l => levelIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Rank, cancellationToken);
        var applied = await db.JobApplications.AnyAsync(a => a.JobOrderId == jobOrderId && a.CitizenId == citizenId, cancellationToken);
        var facts = new ApplicantFacts(
            profile is { Status: ProfileStatus.Verified, ConsentActive: true },
            profile?.BirthDate,
            profile?.Languages.ToDictionary(l => l.LanguageCode, l => ranks.GetValueOrDefault(l.LevelId)) ?? [],
            applied);
        int? required = order.MinimumLanguageLevelId is { } level ? ranks.GetValueOrDefault(level) : null;
        return (order, ApplicationEligibility.Check(order, required, facts, AgencyCalendar.Today(clock)));
    }
}
