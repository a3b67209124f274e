using System.Globalization;

namespace MigrationPortal.Application.Common;

/// <summary>The position of a row in the queue's order, written into the "next page" link.</summary>
public static class QueueCursor
{
    public static string Format(DateTimeOffset submittedAt, Guid id) =>
        string.Create(CultureInfo.InvariantCulture, $"{submittedAt.UtcTicks}_{id:N}");

    public static bool TryParse(string? value, out DateTimeOffset submittedAt, out Guid id)
    {
        submittedAt = default;
        id = default;
        var parts = (value ?? "").Split('_');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParseExact(parts[1], "N", out id))
        {
            return false;
        }

        submittedAt = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}
