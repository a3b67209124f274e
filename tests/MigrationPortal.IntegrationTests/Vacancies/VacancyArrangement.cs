using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Vacancies;

/// <summary>Job orders made through the domain, as employers and the agency would move them, then indexed for search.</summary>
public sealed class VacancyArrangement(PortalFixture fixture)
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A bricklayer's order in Ansan, Korea, 2,000 USD a month; vary it with `with`.</summary>
    public static JobOrderTerms Terms(string title = "G‘isht teruvchi") => new()
    {
        Title = title,
        CountryCode = "KR",
        City = "Ansan",
        OccupationCode = "7112",
        Positions = 5,
        Wage = new Money(2000m, "USD"),
        WagePeriod = WagePeriod.Month,
        HoursPerWeek = 40,
        ContractMonths = 36,
        ProbationMonths = 3,
        HousingProvided = false,
        ApplicationDeadline = Today.AddMonths(2),
        Program = RecruitmentProgram.EpsKorea,
    };

    public Task<Guid> PublishedAsync(Guid employerId, JobOrderTerms terms, DateTimeOffset? publishedAt = null) =>
        OrderAsync(employerId, terms, JobOrderStatus.Published, publishedAt);

    /// <summary>An order brought to <paramref name="status"/>: Draft, PendingApproval, Rejected, Published, Paused or Closed.</summary>
    public async Task<Guid> OrderAsync(Guid employerId, JobOrderTerms terms, JobOrderStatus status, DateTimeOffset? publishedAt = null)
    {
        var at = publishedAt ?? DateTimeOffset.UtcNow.AddHours(-1);
        var by = Guid.CreateVersion7();
        var order = new JobOrder(Guid.CreateVersion7(), terms, by, at.AddDays(-2), Today) { OrganizationId = employerId };
        if (status != JobOrderStatus.Draft)
        {
            order.Submit(by, at.AddDays(-1), Today);
        }

        switch (status)
        {
            case JobOrderStatus.Rejected:
                order.Reject("Ish haqi ko‘rsatilmagan.", by, at);
                break;
            case JobOrderStatus.Published or JobOrderStatus.Paused or JobOrderStatus.Closed:
                order.Approve(null, by, at);
                break;
        }

        if (status == JobOrderStatus.Paused)
        {
            order.Pause(by, at.AddMinutes(1));
        }
        else if (status == JobOrderStatus.Closed)
        {
            order.Close(by, at.AddMinutes(1), null);
        }

        await fixture.WithDbAsync(async db =>
        {
            await JobOrderSearchIndex.RefreshAsync(db, order, CancellationToken.None);
            db.JobOrders.Add(order);
            await db.SaveChangesAsync();
        });
        return order.Id;
    }

    public Task RateAsync(string currency, DateOnly date, decimal usdPerUnit) =>
        fixture.WithDbAsync(async db =>
        {
            db.ExchangeRates.Add(new ExchangeRate(currency, date, usdPerUnit));
            await db.SaveChangesAsync();
        });

    public async Task<Guid> PhotoAsync(Guid employerId, PhotoSubject subject, byte[] content)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var fileId = scope.ServiceProvider.GetRequiredService<IFileStore>().Add(content);
        var photo = new EmployerPhoto(Guid.CreateVersion7(), fileId, subject, "Yotoqxona xonasi", "image/png", DateTimeOffset.UtcNow) { OrganizationId = employerId };
        db.EmployerPhotos.Add(photo);
        await db.SaveChangesAsync();
        return photo.Id;
    }
}
