using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Shouldly;

namespace MigrationPortal.Testing;

/// <summary>
/// A browser-like HTTP client over the real portal: cookies kept, forms submitted with the antiforgery
/// token the page rendered, redirects left for the test to see.
/// </summary>
public sealed class PortalClient(HttpClient http)
{
    /// <summary>The second sign-in step: the page the password step redirects to.</summary>
    public const string CodePage = "/Account/LoginWith2fa";

    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    /// <summary>Sends every further request as if from a connection with this address (<see cref="TestSocketAddress"/>).</summary>
    public PortalClient FromSocket(string address)
    {
        Http.DefaultRequestHeaders.Remove(TestSocketAddress.Header);
        Http.DefaultRequestHeaders.Add(TestSocketAddress.Header, address);
        return this;
    }

    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.ShouldBe(expected, $"GET {url}");
        return await ParseAsync(response);
    }

    /// <summary>Fills the page's form (the one matching <paramref name="formSelector"/>, or the first post form) and sends it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IReadOnlyDictionary<string, string?> fields, string? formSelector = null)
    {
        var page = await GetPageAsync(pageUrl);
        // The page's own form lives in <main>; the header's sign-out form is not it.
        var form = (formSelector is null
            ? page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            : page.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"No form on {pageUrl}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (!fields.ContainsKey(hidden.Name ?? ""))
            {
                values.Add(new(hidden.Name!, hidden.Value));
            }
        }

        values.AddRange(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)));
        var action = new Uri(form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl, UriKind.Relative);
        using var content = new FormUrlEncodedContent(values);
        return await Http.PostAsync(action, content);
    }

    /// <summary>
    /// Posts fields straight to a URL, as a stale tab or a crafted request would, with the antiforgery token of the
    /// signed-in session (read from the page at <paramref name="tokenPageUrl"/>).
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> fields, string tokenPageUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetPageAsync(tokenPageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPageUrl}");
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Sends the page's multipart form with one file, as a browser's file input would.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string pageUrl, IReadOnlyDictionary<string, string> fields, string fileField, string fileName, byte[] content, string contentType)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.Enctype == "multipart/form-data")
            ?? throw new InvalidOperationException($"No upload form on {pageUrl}");
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        foreach (var field in fields)
        {
            body.Add(new StringContent(field.Value), field.Key);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, fileField, fileName);
        var action = new Uri(form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl, UriKind.Relative);
        return await Http.PostAsync(action, body);
    }

    public async Task<IHtmlDocument> SubmitAndReadAsync(string pageUrl, IReadOnlyDictionary<string, string?> fields, HttpStatusCode expected = HttpStatusCode.OK, string? formSelector = null)
    {
        using var response = await SubmitAsync(pageUrl, fields, formSelector);
        response.StatusCode.ShouldBe(expected, $"POST {pageUrl}");
        return await ParseAsync(response);
    }

    /// <summary>Signs in as a person would: the password, then, for an account with a second factor, a fresh code from its key.</summary>
    public async Task SignInAsync(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var response = await SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Login"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "sign-in should redirect to the user's area or the code step");
        if (response.Headers.Location?.OriginalString.StartsWith(CodePage, StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        var turn = Totp.SignInTurn(user);
        await turn.WaitAsync();
        try
        {
            using var code = await SubmitCodeAsync(Totp.NextCode(user));
            code.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the code step should redirect to the user's area");
        }
        finally
        {
            turn.Release();
        }
    }

    public Task<HttpResponseMessage> SubmitCodeAsync(string code) =>
        SubmitAsync(CodePage, new Dictionary<string, string?> { ["Input.Code"] = code });

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}

public static class DocumentExtensions
{
    /// <summary>The error messages shown under a field, e.g. FieldErrors("Input.Email").</summary>
    public static IReadOnlyList<string> FieldErrors(this IDocument document, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = fieldName.Replace('.', '_');
        return [.. document.QuerySelectorAll($"#{id}-error").SelectMany(e => e.InnerHtml.Split("<br>")).Select(WebUtility.HtmlDecode).OfType<string>().Select(s => s.Trim())];
    }

    /// <summary>The form-level messages (validation summary).</summary>
    public static IReadOnlyList<string> SummaryErrors(this IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.QuerySelectorAll(".validation-summary-errors li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)];
    }
}
