using Microsoft.AspNetCore.Http.Features;
using MigrationPortal.Application.Files;

namespace MigrationPortal.Web.Security;

/// <summary>
/// Marks a page that takes a file upload. Its requests may carry one file of at most
/// <see cref="FileSniffer.MaximumBytes"/> plus the form around it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadPageAttribute : Attribute
{
    /// <summary>The file's limit and room for the form's other fields; a file just over the limit gets a form message.</summary>
    public const long MaximumRequestBytes = FileSniffer.MaximumBytes + (512 * 1024);
}

public static class UploadLimit
{
    /// <summary>
    /// Refuses an upload larger than the page allows with 413 before a byte of it is read (docs/design/quality.md, Uploads), and
    /// caps every other request's body at the server's default.
    /// </summary>
    public static void UseUploadLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<UploadPageAttribute>() is not null)
            {
                if (context.Request.ContentLength > UploadPageAttribute.MaximumRequestBytes)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return;
                }

                // A body sent without a length is cut off at the same size by the server.
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = UploadPageAttribute.MaximumRequestBytes;
                }
            }

            await next();
        });
}
