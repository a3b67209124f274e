namespace MigrationPortal.Web.Pages.Shared;

/// <summary>Previous/next links for a paged list, keeping the list's other query values.</summary>
public sealed record PagerModel(int Page, int PageCount, string PageName, IReadOnlyDictionary<string, string?> Query)
{
    /// <summary>The route values of <see cref="PageName"/>'s link to <paramref name="page"/>.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = Query.Where(q => !string.IsNullOrEmpty(q.Value)).ToDictionary(q => q.Key, q => q.Value!);
        values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
