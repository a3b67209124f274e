using System.Globalization;
using MigrationPortal.Application.Common;

namespace MigrationPortal.Web.Localization;

/// <summary>Times as the agency's users read them: Tashkent time (UTC+5, no daylight saving), in the page's culture.</summary>
public static class PortalTime
{
    public static string Show(DateTimeOffset at) => at.ToOffset(AgencyCalendar.Offset).ToString("g", CultureInfo.CurrentCulture);

    public static string ShowDate(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The agency's day of a moment, as a date.</summary>
    public static string ShowDate(DateTimeOffset at) => ShowDate(DateOnly.FromDateTime(at.ToOffset(AgencyCalendar.Offset).DateTime));
}
