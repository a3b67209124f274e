using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Demo;

public static partial class DemoData
{
    /// <summary>
    /// The verified demo citizens' applications to the published orders, one in every status of the pipeline, each
    /// brought there through the domain's own moves so the timelines read as they would in use. Candidates who meet
    /// the order come first; one who does not is shortlisted only with the officer's reason for the override (issue 11).
    /// </summary>
    private static async Task SeedApplicationsAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (await db.JobApplications.AnyAsync())
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var citizens = await db.WorkerProfiles.AsNoTracking().Where(p => p.Status == ProfileStatus.Verified && p.ConsentActive).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.BirthDate, p.Languages, p.Professions }).ToListAsync();
        var orders = await db.JobOrders.Where(o => o.Status == JobOrderStatus.Published).OrderBy(o => o.Id).ToListAsync();
        var supervisor = (await db.Users.SingleAsync(u => u.Email == "supervisor@demo.migration.uz")).Id;
        var facts = await ScreeningFacts.LoadAsync(db, CancellationToken.None);
        var today = AgencyCalendar.Today(services.GetRequiredService<TimeProvider>());
        var pairs = orders
            .SelectMany(o => citizens.Select(c => (Order: o, Citizen: c.Id, Unmet: ApplicationEligibility.Unmet(facts.Requirements(o), facts.Candidate(c.BirthDate, c.Languages, c.Professions), today))))
            .OrderBy(p => p.Unmet.Count > 0)
            .ToList();
        var employerUsers = await EmployerUsersAsync(db);
        var targets = Enum.GetValues<ApplicationStatus>();
        for (var i = 0; i < Math.Min(targets.Length, pairs.Count); i++)
        {
            var (order, citizen, unmet) = pairs[i];
            var at = now.AddDays(-30 + i);
            var application = new JobApplication(Guid.CreateVersion7(), citizen, order.Id, order.OrganizationId, at);
            Advance(application, order, targets[i], unmet, supervisor, at, Told);
            db.JobApplications.Add(application);

            // What each step's handler tells: the citizen always; the employer when a candidate reaches its list or leaves it.
            void Told(DateTimeOffset when)
            {
                db.Notifications.Add(StatusNotices.For(application, order.Title).ToNotification(when));
                var employerNotice = application.Status switch
                {
                    ApplicationStatus.Shortlisted => StatusNotices.Shortlisted(order.OrganizationId, order.Id, order.Title, 1),
                    ApplicationStatus.Withdrawn when application.IsVisibleToEmployer => StatusNotices.CandidateWithdrew(order),
                    _ => null,
                };
                if (employerNotice is not null)
                {
                    AddEmployerNotice(db, employerUsers, employerNotice, when);
                }
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The users of every demo employer, whom the employer's notices reach.</summary>
    private static async Task<ILookup<Guid, Guid>> EmployerUsersAsync(PortalDbContext db) =>
        (await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId != null && (u.Kind == UserKind.EmployerAdmin || u.Kind == UserKind.EmployerStaff))
            .Select(u => new { Employer = u.OrganizationId!.Value, u.Id })
            .ToListAsync())
            .ToLookup(u => u.Employer, u => u.Id);

    /// <summary>Stores an employer's notice for each of its users, as <see cref="Notifier.NotifyEmployersAsync"/> addresses it.</summary>
    private static void AddEmployerNotice(PortalDbContext db, ILookup<Guid, Guid> employerUsers, EmployerNotice notice, DateTimeOffset at) =>
        db.Notifications.AddRange(employerUsers[notice.EmployerId].Select(user => notice.To(user).ToNotification(at)));

    /// <summary>Moves the application step by step to <paramref name="target"/>, calling <paramref name="told"/> at each step's time.</summary>
    private static void Advance(JobApplication application, JobOrder order, ApplicationStatus target, IReadOnlyList<ScreeningRequirement> unmet, Guid staff, DateTimeOffset at, Action<DateTimeOffset> told)
    {
        told(at);
        if (target == ApplicationStatus.Withdrawn)
        {
            application.Withdraw(order, "Found work closer to home", application.CitizenId, at.AddHours(2));
            told(at.AddHours(2));
            return;
        }

        ApplicationStatus[] path =
        [
            ApplicationStatus.Screening, ApplicationStatus.Shortlisted, ApplicationStatus.Interview, ApplicationStatus.Selected,
            ApplicationStatus.ContractSigned, ApplicationStatus.PreDeparture, ApplicationStatus.Departed, ApplicationStatus.Returned,
        ];
        var step = at;
        foreach (var next in target == ApplicationStatus.NotSelected ? [ApplicationStatus.Screening, ApplicationStatus.NotSelected] : path.TakeWhile(s => s <= target))
        {
            step = step.AddHours(6);
            switch (next)
            {
                case ApplicationStatus.Screening: application.StartScreening(staff, step); break;
                case ApplicationStatus.NotSelected: application.NotSelect(PipelineActor.Agency, "The language level is below the order's requirement.", staff, step); break;
                case ApplicationStatus.Shortlisted: application.Shortlist("Experience and documents checked by the branch.", unmet, unmet.Count > 0 ? "The employer asked to interview this candidate and will train them on site." : null, staff, step); break;
                case ApplicationStatus.Interview: application.Interview(new InterviewInvitation(step.AddDays(3), "Agency office, room 12", null), staff, step); break;
                case ApplicationStatus.Selected: application.Select(order, staff, step); break;
                case ApplicationStatus.ContractSigned:
                    application.RecordContract(order, new SignedContract(order.MonthlyWage, order.CurrencyCode, order.HoursPerWeek, order.ContractMonths, DateOnly.FromDateTime(step.UtcDateTime).AddMonths(1)), null, null, staff, step);
                    break;
                case ApplicationStatus.PreDeparture: application.PrepareDeparture(staff, step); break;
                case ApplicationStatus.Departed: application.Depart(staff, step); break;
                case ApplicationStatus.Returned: application.MarkReturned(staff, step); break;
            }

            told(step);
        }
    }
}
