using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace MigrationPortal.Web.Localization;

/// <summary>The site's four languages: Uzbek Latin (default), Uzbek Cyrillic, Russian, English (docs/design/domain.md, Languages of the site).</summary>
public static class PortalLocalization
{
    public const string DefaultCulture = "uz-Latn";

    public static readonly IReadOnlyList<string> Cultures = ["uz-Latn", "uz-Cyrl", "ru", "en"];

    public static void AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = false;

            // The visitor's choice (a ?culture= link, then its cookie) before the browser's language; Uzbek Latin otherwise.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new BrowserLanguageProvider(),
            ];
        });

        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var text = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, field) => text["Binding.Invalid", text[$"Field.{field}"]]);
            messages.SetValueIsInvalidAccessor(_ => text["Binding.InvalidValue"]);
            messages.SetValueMustBeANumberAccessor(field => text["Binding.Number", text[$"Field.{field}"]]);
            messages.SetValueMustNotBeNullAccessor(field => text["Binding.Required", text[$"Field.{field}"]]);
            messages.SetMissingBindRequiredValueAccessor(field => text["Binding.Required", text[$"Field.{field}"]]);
            messages.SetUnknownValueIsInvalidAccessor(field => text["Binding.Invalid", text[$"Field.{field}"]]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["Binding.InvalidValue"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.InvalidValue"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.InvalidValue"]);
            messages.SetMissingKeyOrValueAccessor(() => text["Binding.InvalidValue"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.InvalidValue"]);
        });
    }

    public static void UsePortalLocalization(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var text = app.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource));
        ValidatorOptions.Global.LanguageManager = new PortalLanguageManager();
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : text[$"Field.{member.Name}"].Value;

        app.UseRequestLocalization();

        // A language chosen through ?culture= is remembered in the culture cookie.
        app.Use(async (context, next) =>
        {
            var asked = context.Request.Query["culture"].ToString();
            if (Cultures.Contains(asked))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(asked)),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        HttpOnly = true,
                        Secure = context.Request.IsHttps,
                        SameSite = SameSiteMode.Lax,
                        IsEssential = true,
                    });
            }

            await next();
        });
    }
}

/// <summary>FluentValidation names its Uzbek translations uz-Latn-UZ and uz-Cyrl-UZ; the site uses uz-Latn and uz-Cyrl.</summary>
public sealed class PortalLanguageManager : FluentValidation.Resources.LanguageManager
{
    private static readonly CultureInfo UzbekLatin = new("uz-Latn-UZ");
    private static readonly CultureInfo UzbekCyrillic = new("uz-Cyrl-UZ");

    public override string GetString(string key, CultureInfo? culture = null)
    {
        var asked = culture ?? CultureInfo.CurrentUICulture;
        var mapped = asked.Name switch
        {
            "uz-Latn" => UzbekLatin,
            "uz-Cyrl" => UzbekCyrillic,
            _ => asked,
        };
        return base.GetString(key, mapped);
    }
}
