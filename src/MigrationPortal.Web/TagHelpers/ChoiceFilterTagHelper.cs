using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using MigrationPortal.Web.Pages.Shared;

namespace MigrationPortal.Web.TagHelpers;

/// <summary>
/// The search box over a long drop-down that a page writes itself (a filter form's list):
/// &lt;mp-choice-filter select="profession" label="…" /&gt; before the select's label. The box is hidden until
/// wwwroot/js/choice-filter.js shows and runs it; its options carry data-keywords for it (see <see cref="FieldTagHelper"/>,
/// whose filter="true" makes the same box).
/// </summary>
[HtmlTargetElement("mp-choice-filter", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoiceFilterTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    /// <summary>The id of the select the box filters.</summary>
    public required string Select { get; set; }

    /// <summary>The select's own label, which the box's label names.</summary>
    public required string Label { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        output.Content.SetHtmlContent(Box(Select, Label, text, HtmlEncoder.Default, ViewContext.HttpContext));
    }

    /// <summary>
    /// The hidden search box of a filtered drop-down, labelled with the field's own name, with the localized texts the
    /// script shows: the count of matches ({0} of {1}) and the message when nothing matches, read out through the
    /// box's aria-describedby. The page it is on loads the script (<see cref="LayoutParts.ChoiceFilterScript"/>).
    /// </summary>
    public static string Box(string id, string label, IStringLocalizer text, HtmlEncoder enc, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(enc);
        ArgumentNullException.ThrowIfNull(http);
        http.Items[LayoutParts.ChoiceFilterScript] = true;
        return $"<div class=\"choice-filter mb-2\" hidden data-choice-filter=\"{enc.Encode(id)}\"" +
            $" data-count=\"{enc.Encode(text["Choice.Count"].Value)}\" data-none=\"{enc.Encode(text["Choice.None"].Value)}\">" +
            $"<label class=\"form-label\" for=\"{enc.Encode(id)}-filter\">{enc.Encode(text["Choice.Filter", label].Value)}</label>" +
            $"<input type=\"search\" class=\"form-control\" id=\"{enc.Encode(id)}-filter\" autocomplete=\"off\" enterkeyhint=\"done\" aria-controls=\"{enc.Encode(id)}\" aria-describedby=\"{enc.Encode(id)}-filter-count\">" +
            $"<div id=\"{enc.Encode(id)}-filter-count\" class=\"form-text\" aria-live=\"polite\"></div></div>";
    }
}
