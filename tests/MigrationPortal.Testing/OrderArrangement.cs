using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Testing;

/// <summary>
/// The published order the pipeline tests apply to: formwork carpenters in Korea, 2,650,000 KRW a month for 40 hours,
/// TOPIK 2, and, when given, a minimum of years as a carpenter.
/// </summary>
public static class OrderArrangement
{
    public static async Task<Guid> PublishedFormworkOrderAsync(PortalFixture fixture, Guid employerId, Guid employerUser, Guid approver, string title = "Formwork carpenter", int positions = 3, int? minimumExperienceYears = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var id = Guid.CreateVersion7();
        await fixture.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var order = new JobOrder(id, new JobOrderTerms
            {
                Title = title,
                CountryCode = "KR",
                City = "Pyeongtaek",
                OccupationCode = "7115",
                Positions = positions,
                Wage = new Money(2_650_000m, "KRW"),
                WagePeriod = WagePeriod.Month,
                HoursPerWeek = 40,
                ContractMonths = 36,
                ProbationMonths = 3,
                LanguageCode = "ko",
                MinimumLanguageLevelId = 8,
                MinimumExperienceYears = minimumExperienceYears,
                ApplicationDeadline = today.AddMonths(1),
                Program = RecruitmentProgram.EpsKorea,
            }, employerUser, now, today) { OrganizationId = employerId };
            order.Submit(employerUser, now, today);
            order.Approve(null, approver, now);
            db.JobOrders.Add(order);
            await db.SaveChangesAsync();
        });
        return id;
    }
}
