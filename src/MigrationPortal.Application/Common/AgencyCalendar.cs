namespace MigrationPortal.Application.Common;

/// <summary>The agency's day: Uzbekistan keeps UTC+5 all year, and deadlines and minimum wages are dated by it.</summary>
public static class AgencyCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(5);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }

    /// <summary>The start of an agency day, as the UTC instant the database compares with.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
