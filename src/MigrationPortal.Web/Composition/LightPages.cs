using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace MigrationPortal.Web.Composition;

/// <summary>
/// Pages as light as a phone on a slow network needs (docs/benchmarks/lighthouse.md): static files served as the
/// build made them, compressed and cacheable, in every environment; the HTML encoder writing the letters of the
/// portal's four languages as they are, not as numeric character references.
/// </summary>
public static class LightPages
{
    /// <summary>
    /// What the HTML encoder leaves as UTF-8: the letters of Uzbek Latin (o‘ g‘ with U+2018, ʼ U+02BC), Uzbek Cyrillic
    /// (ў қ ғ ҳ), Russian and English, their punctuation (« » — “ ” …) and the symbols the texts use (currency signs,
    /// №, arrows, ≈). Markup characters (&lt; &gt; &amp; quotes) are always encoded, whatever is allowed here.
    /// </summary>
    public static readonly TextEncoderSettings Allowed = new(
        UnicodeRanges.BasicLatin,
        UnicodeRanges.Latin1Supplement,
        UnicodeRanges.LatinExtendedA,
        UnicodeRanges.LatinExtendedB,
        UnicodeRanges.SpacingModifierLetters,
        UnicodeRanges.Cyrillic,
        UnicodeRanges.GeneralPunctuation,
        UnicodeRanges.CurrencySymbols,
        UnicodeRanges.LetterlikeSymbols,
        UnicodeRanges.Arrows,
        UnicodeRanges.MathematicalOperators);

    /// <summary>
    /// MapStaticAssets' "development" handler, on by default in Development, watches wwwroot for edits: it sends every
    /// file with <c>Cache-Control: no-cache</c> and, when it takes a file for edited, re-compresses it with no
    /// compression. The portal always runs from a build (eng/run.sh), whose fingerprinted, brotli and gzip files are
    /// what every environment serves; a changed file needs a build anyway. <c>ReloadStaticAssetsAtRuntime=true</c>
    /// in the configuration turns the handler on again.
    /// </summary>
    public const string ReloadStaticAssetsAtRuntime = "ReloadStaticAssetsAtRuntime";

    public static void AddLightPages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration[ReloadStaticAssetsAtRuntime] ??= "false";
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = Allowed);
    }
}
