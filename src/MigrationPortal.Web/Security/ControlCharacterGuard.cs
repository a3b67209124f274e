using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace MigrationPortal.Web.Security;

/// <summary>
/// Refuses, with the localized 400 page, a request whose path, query or form fields carry a control character
/// (NUL above all: PostgreSQL cannot store it in text, so it would fail deep inside as a 500). Tab, line feed and
/// carriage return stay allowed: a text area sends them.
/// </summary>
public static class ControlCharacterGuard
{
    // Printable ASCII and the three allowed controls: text made only of these needs no closer look.
    private static readonly System.Buffers.SearchValues<char> Allowed =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0x20, 0x7F - 0x20).Select(i => (char)i), '\t', '\n', '\r']);

    public static void UseControlCharacterGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The error page re-executed for the refusal sees the same query: let it answer.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                int? refusal;
                try
                {
                    refusal = await CarriesControlCharacterAsync(context.Request) ? StatusCodes.Status400BadRequest : null;
                }
                catch (BadHttpRequestException tooLargeOrCut)
                {
                    refusal = tooLargeOrCut.StatusCode;
                }
                catch (InvalidDataException)
                {
                    // A form the framework cannot parse (broken multipart, too many fields).
                    refusal = StatusCodes.Status400BadRequest;
                }

                if (refusal is { } status)
                {
                    context.Response.StatusCode = status;
                    return;
                }
            }

            await next();
        });

    public static bool IsRefused(char c) => (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';

    public static bool IsRefused(string? value) => value is not null && value.AsSpan().ContainsAnyExcept(Allowed) && value.Any(IsRefused);

    private static async Task<bool> CarriesControlCharacterAsync(HttpRequest request)
    {
        if (IsRefused(request.Path.Value) || request.Query.Any(pair => IsRefused(pair.Key) || AnyRefused(pair.Value)))
        {
            return true;
        }

        if (!request.HasFormContentType)
        {
            return false;
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        return form.Any(pair => IsRefused(pair.Key) || AnyRefused(pair.Value)) || form.Files.Any(file => IsRefused(file.FileName));
    }

    private static bool AnyRefused(StringValues values)
    {
        foreach (var value in values)
        {
            if (IsRefused(value))
            {
                return true;
            }
        }

        return false;
    }
}
