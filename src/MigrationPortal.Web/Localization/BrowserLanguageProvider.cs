using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace MigrationPortal.Web.Localization;

/// <summary>
/// A first visit opens in the browser's language: the first of the <c>Accept-Language</c> tags, by quality, that is
/// one of the site's four. Browsers name Uzbek "uz", "uz-UZ" or "uz-Latn-UZ" (Latin) and "uz-Cyrl-UZ" (Cyrillic),
/// Russian "ru-RU" and so on, so a tag counts by its language and, for Uzbek, its script.
/// </summary>
public sealed class BrowserLanguageProvider : RequestCultureProvider
{
    private const int MaxTagsRead = 8;

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var header = httpContext.Request.Headers.AcceptLanguage;
        if (header.Count == 0 || !StringWithQualityHeaderValue.TryParseList(header, out var tags))
        {
            return NullProviderCultureResult;
        }

        var culture = tags
            .Take(MaxTagsRead)
            .Where(tag => tag.Quality is not 0)
            .OrderByDescending(tag => tag.Quality ?? 1)
            .Select(tag => CultureOf(tag.Value.Value))
            .FirstOrDefault(culture => culture is not null);
        return culture is null ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
    }

    /// <summary>The site's culture for one language tag, or null when the site has not that language.</summary>
    public static string? CultureOf(string? tag)
    {
        var parts = (tag ?? "").Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        return parts[0].ToUpperInvariant() switch
        {
            "UZ" => parts.Skip(1).Any(part => part.Equals("Cyrl", StringComparison.OrdinalIgnoreCase)) ? "uz-Cyrl" : "uz-Latn",
            "RU" => "ru",
            "EN" => "en",
            _ => null,
        };
    }
}
