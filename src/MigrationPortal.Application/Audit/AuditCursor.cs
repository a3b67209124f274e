using System.Globalization;

namespace MigrationPortal.Application.Audit;

/// <summary>The position of an audit row in the log's order (at, id), written into the "older" link.</summary>
public static class AuditCursor
{
    public static string Format(DateTimeOffset at, long id) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks}_{id}");

    public static bool TryParse(string? value, out DateTimeOffset at, out long id)
    {
        at = default;
        id = default;
        var parts = (value ?? "").Split('_');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }

        at = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}
