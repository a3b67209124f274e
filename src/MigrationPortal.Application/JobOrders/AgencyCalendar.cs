namespace MigrationPortal.Application.JobOrders;

/// <summary>The agency's day: Uzbekistan keeps UTC+5 all year, and deadlines and minimum wages are dated by it.</summary>
public static class AgencyCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(5);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
