using System.Globalization;

namespace MigrationPortal.Web.Localization;

/// <summary>Times as the agency's users read them: Tashkent time (UTC+5, no daylight saving), in the page's culture.</summary>
public static class PortalTime
{
    private static readonly TimeSpan Tashkent = TimeSpan.FromHours(5);

    public static string Show(DateTimeOffset at) => at.ToOffset(Tashkent).ToString("g", CultureInfo.CurrentCulture);

    public static string ShowDate(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}
