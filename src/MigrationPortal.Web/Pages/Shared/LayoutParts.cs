namespace MigrationPortal.Web.Pages.Shared;

/// <summary>What a page tells the layout through ViewData.</summary>
public static class LayoutParts
{
    /// <summary>
    /// Set by the error page: the layout leaves out the parts that need the database (the notice counter, the
    /// affiliation) or an antiforgery token (the sign-out form), since they may be what failed.
    /// </summary>
    public const string ErrorPage = "Layout.ErrorPage";

    /// <summary>
    /// Set (in HttpContext.Items, which a partial shares) by a filtered drop-down: the layout then loads the small
    /// script that runs its search box, and every other page loads no script at all (docs/benchmarks/lighthouse.md).
    /// </summary>
    public const string ChoiceFilterScript = "Layout.ChoiceFilterScript";

    /// <summary>
    /// The text key of a page's meta description, which search engines show under its title: the public vacancy
    /// pages have their own (the vacancy's with its title as {0}), every other page the portal's.
    /// </summary>
    public static string DescriptionKey(RouteValueDictionary route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (route["area"] is string { Length: > 0 })
        {
            return "Meta.Portal";
        }

        return (route["page"] as string) switch
        {
            "/Vacancies/Index" => "Meta.Vacancies",
            "/Vacancies/View" => "Meta.Vacancy",
            _ => "Meta.Portal",
        };
    }
}
