using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Reference;

namespace MigrationPortal.Web.TagHelpers;

/// <summary>
/// One form field as every form of the portal shows it: a localized label, the control, an optional hint,
/// and the field's error messages, tied together for screen readers.
/// Usage: &lt;mp-field for="Input.Email" type="email" autocomplete="email" required="true" /&gt;;
/// with <see cref="Options"/> it is a drop-down; with type="checkbox" a check box. A long drop-down with
/// filter="true" gets a search box above it, which wwwroot/js/choice-filter.js shows and runs; without JavaScript
/// the box stays hidden and the native list, grouped, is the whole control.
/// </summary>
[HtmlTargetElement("mp-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    [HtmlAttributeName("for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    public int? Maxlength { get; set; }

    public bool Required { get; set; }

    /// <summary>A resource key of a short help text shown under the control.</summary>
    public string? Hint { get; set; }

    /// <summary>The choices of a drop-down; the first, empty choice asks the user to pick one.</summary>
    public IEnumerable<Option>? Options { get; set; }

    /// <summary>A search box that narrows a drop-down's choices as the user types (see the class's summary).</summary>
    public bool Filter { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var property = name[(name.LastIndexOf('.') + 1)..];
        var label = text[$"Field.{property}"].Value;
        var errors = ViewContext.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var attempted = entry?.AttemptedValue;
        var value = attempted ?? Format(For.Model);
        var describedBy = new List<string>();
        var enc = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Type == "checkbox" ? "form-check mb-3" : "mb-3");

        var hintHtml = "";
        if (Hint is not null)
        {
            describedBy.Add($"{id}-hint");
            hintHtml = $"<div id=\"{id}-hint\" class=\"form-text\">{enc.Encode(text[Hint].Value)}</div>";
        }

        var errorHtml = "";
        if (errors.Count > 0)
        {
            describedBy.Add($"{id}-error");
            errorHtml = $"<div id=\"{id}-error\" class=\"field-validation-error small mt-1\">{string.Join("<br>", errors.Select(e => enc.Encode(e)))}</div>";
        }

        var common = $" id=\"{id}\" name=\"{enc.Encode(name)}\"" +
            (Required ? " required" : "") +
            (errors.Count > 0 ? " aria-invalid=\"true\"" : "") +
            (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "");
        var invalid = errors.Count > 0 ? " input-validation-error" : "";
        var requiredMark = Required ? " <span aria-hidden=\"true\" class=\"text-danger\">*</span>" : "";
        string html;
        if (Type == "checkbox")
        {
            var isChecked = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? " checked" : "";
            html = $"<input type=\"checkbox\" class=\"form-check-input{invalid}\" value=\"true\"{common}{isChecked}>" +
                $"<label class=\"form-check-label\" for=\"{id}\">{enc.Encode(label)}</label>" +
                $"<input type=\"hidden\" name=\"{enc.Encode(name)}\" value=\"false\">" + hintHtml + errorHtml;
        }
        else if (Options is not null)
        {
            string Choice(Option o) =>
                $"<option value=\"{enc.Encode(o.Value)}\"{(o.Value == value ? " selected" : "")}" +
                (Filter && o.Keywords is not null ? $" data-keywords=\"{enc.Encode(o.Keywords)}\"" : "") +
                $">{enc.Encode(o.Text)}</option>";

            // Options that name a group are shown under it (a district under its region), in the order given.
            var choices = string.Concat(Options.ChunkBy(o => o.Group).Select(chunk => chunk.Key is null
                ? string.Concat(chunk.Select(Choice))
                : $"<optgroup label=\"{enc.Encode(chunk.Key)}\">{string.Concat(chunk.Select(Choice))}</optgroup>"));
            html = (Filter ? ChoiceFilterTagHelper.Box(id, label, text, enc, ViewContext.HttpContext) : "") +
                $"<label class=\"form-label\" for=\"{id}\">{enc.Encode(label)}{requiredMark}</label>" +
                $"<select class=\"form-select{invalid}\"{common}><option value=\"\">{enc.Encode(text["Form.Choose"].Value)}</option>{choices}</select>" +
                hintHtml + errorHtml;
        }
        else
        {
            var extra = (Autocomplete is null ? "" : $" autocomplete=\"{enc.Encode(Autocomplete)}\"") +
                (Inputmode is null ? "" : $" inputmode=\"{enc.Encode(Inputmode)}\"") +
                (Maxlength is null ? "" : $" maxlength=\"{Maxlength}\"");
            var valueAttribute = Type == "password" ? "" : $" value=\"{enc.Encode(value ?? "")}\"";
            var control = Type == "textarea"
                ? $"<textarea class=\"form-control{invalid}\" rows=\"3\"{common}{extra}>{enc.Encode(value ?? "")}</textarea>"
                : $"<input type=\"{enc.Encode(Type)}\" class=\"form-control{invalid}\"{common}{extra}{valueAttribute}>";
            html = $"<label class=\"form-label\" for=\"{id}\">{enc.Encode(label)}{requiredMark}</label>" + control + hintHtml + errorHtml;
        }

        output.Content.SetHtmlContent(html);
    }

    private static string? Format(object? model) => model switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}

internal static class OptionGrouping
{
    /// <summary>Consecutive options with the same group, in their order.</summary>
    public static IEnumerable<IGrouping<string?, Option>> ChunkBy(this IEnumerable<Option> options, Func<Option, string?> group)
    {
        var chunks = new List<(string? Key, List<Option> Items)>();
        foreach (var option in options)
        {
            var key = group(option);
            if (chunks.Count == 0 || chunks[^1].Key != key)
            {
                chunks.Add((key, []));
            }

            chunks[^1].Items.Add(option);
        }

        return chunks.SelectMany(c => c.Items.GroupBy(_ => c.Key));
    }
}
