using Microsoft.AspNetCore.Http.Extensions;

namespace MigrationPortal.Web.Pages.Shared;

/// <summary>Previous/next links for a paged list, keeping the list's other query values.</summary>
public sealed record PagerModel(int Page, int PageCount, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public string Link(int page)
    {
        var builder = new QueryBuilder(Query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => KeyValuePair.Create(q.Key, q.Value!)))
        {
            { "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return Path + builder.ToQueryString();
    }
}
