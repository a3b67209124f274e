using Microsoft.AspNetCore.Http.Extensions;

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
}
