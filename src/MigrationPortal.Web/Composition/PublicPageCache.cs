using System.Globalization;

namespace MigrationPortal.Web.Composition;

/// <summary>
/// Anonymous visitors' vacancy search pages are kept for a few seconds (<c>PublicPages:CacheSeconds</c>, 30 by
/// default, 0 off), one copy per query string and language (ADR-007). Whoever is signed in, or a response that sets a
/// cookie, is never cached (the output cache's default rules), so no personal page is ever shared.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-search";

    public static void AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = Seconds(configuration);
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromSeconds(Math.Max(seconds, 1)))
            .SetVaryByQuery("*")
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))));
    }

    public static void UsePublicPageCache(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (Seconds(app.Configuration) > 0)
        {
            app.UseOutputCache();
        }
    }

    private static int Seconds(IConfiguration configuration) => configuration.GetValue("PublicPages:CacheSeconds", 30);
}
