using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// axe-core run inside the page itself: the bundled script is evaluated once per document and
/// <c>axe.run</c> asked for violations only. Deque's Playwright wrapper opens a second page for every
/// check to finish its partial runs across frames, which cost about 2.5 s a page on 2 cores; the portal
/// has no frames, so one in-page run (about 0.4 s) sees the same rules.
/// </summary>
internal static class Accessibility
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.slice(0, 5).map(n => ({
              target: n.target.join(' '), html: n.html,
              messages: [...n.any, ...n.all, ...n.none].map(c => c.message).filter(m => m)
            }))
          })));
        }
        """;

    /// <summary>The serious and critical violations on the page, each described with up to five of its elements.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        var violations = JsonSerializer.Deserialize<Violation[]>(await page.EvaluateAsync<string>(Run), Json) ?? [];
        return [.. violations.Where(v => FailingImpacts.Contains(v.Impact)).Select(Describe)];
    }

    private static string Describe(Violation violation)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"axe {violation.Impact} '{violation.Id}': {violation.Help} ({violation.HelpUrl})");
        foreach (var node in violation.Nodes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}    at {node.Target}: {node.Html}");
            foreach (var message in node.Messages.Distinct().Take(3))
            {
                text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}      {message.ReplaceLineEndings(" ")}");
            }
        }

        return text.ToString();
    }

    private sealed record Violation(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("impact")] string? Impact,
        [property: JsonPropertyName("help")] string Help,
        [property: JsonPropertyName("helpUrl")] string HelpUrl,
        [property: JsonPropertyName("nodes")] IReadOnlyList<ViolationNode> Nodes);

    private sealed record ViolationNode(
        [property: JsonPropertyName("target")] string Target,
        [property: JsonPropertyName("html")] string Html,
        [property: JsonPropertyName("messages")] IReadOnlyList<string> Messages);
}
