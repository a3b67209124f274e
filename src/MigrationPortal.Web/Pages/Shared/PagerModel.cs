using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace MigrationPortal.Web.Pages.Shared;

/// <summary>Previous/next links for a paged list, keeping the list's other query values.</summary>
public sealed record PagerModel(int Page, int PageCount, string PageName, IReadOnlyDictionary<string, string?> Query)
{
    /// <summary>
    /// The link to <paramref name="page"/>: <see cref="PageName"/> by name with the list's other query values, and the
    /// number added to its query string, since a route value called "page" is taken for the Razor page itself.
    /// </summary>
    public string? LinkTo(IUrlHelper url, int page)
    {
        ArgumentNullException.ThrowIfNull(url);
        var values = new RouteValueDictionary();
        foreach (var (key, value) in Query.Where(q => !string.IsNullOrEmpty(q.Value)))
        {
            values[key] = value;
        }

        var path = url.Page(PageName, values);
        return path is null ? null : QueryHelpers.AddQueryString(path, "page", page.ToString(CultureInfo.InvariantCulture));
    }
}
