using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace MigrationPortal.Web.Composition;

/// <summary>Links that keep a list's filters: only the parameters that have a value go into the query string.</summary>
public static class QueryLinks
{
    public static QueryBuilder AddIfSet(this QueryBuilder query, string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(key, value);
        }

        return query;
    }

    /// <summary>A page's link by its name (in the current area), with <paramref name="query"/> as its query string.</summary>
    public static string PageWith(this IUrlHelper url, string pageName, QueryBuilder query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return (url.Page(pageName) ?? throw new InvalidOperationException($"The page {pageName} has no route.")) + query.ToQueryString();
    }
}
