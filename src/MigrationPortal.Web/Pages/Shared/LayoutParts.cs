namespace MigrationPortal.Web.Pages.Shared;

/// <summary>What a page tells the layout through ViewData.</summary>
public static class LayoutParts
{
    /// <summary>
    /// Set by the error page: the layout leaves out the parts that need the database (the notice counter, the
    /// affiliation) or an antiforgery token (the sign-out form), since they may be what failed.
    /// </summary>
    public const string ErrorPage = "Layout.ErrorPage";
}
