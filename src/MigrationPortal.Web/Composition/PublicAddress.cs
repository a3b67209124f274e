using Microsoft.Extensions.Options;

namespace MigrationPortal.Web.Composition;

/// <summary>
/// Where the portal is reached from outside (<c>Portal__PublicBaseUrl</c>). Every link that leaves the portal, in an
/// email above all, is built from it and never from the request's Host header, which anyone can set.
/// </summary>
public sealed class PublicAddressOptions
{
    public const string Section = "Portal";

    public Uri? PublicBaseUrl { get; set; }
}

public sealed class PublicAddressValidation : IValidateOptions<PublicAddressOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicAddressOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.PublicBaseUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Query.Length == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Portal:PublicBaseUrl (Portal__PublicBaseUrl) must be the portal's absolute http(s) address, e.g. https://migration.example.uz");
    }
}

/// <summary>Makes absolute links from the configured public address.</summary>
public sealed class PublicAddress(IOptions<PublicAddressOptions> options)
{
    private readonly Uri _base = options.Value.PublicBaseUrl!;

    /// <summary>The path the portal lives under on its public address ("" or e.g. "/portal").</summary>
    public PathString PathBase => new(_base.AbsolutePath.TrimEnd('/'));

    /// <summary>An absolute URL for a path that already carries <see cref="PathBase"/>.</summary>
    public string Absolute(string pathWithBase) => _base.GetLeftPart(UriPartial.Authority) + pathWithBase;

    /// <summary>
    /// The hosts the portal answers to in Production: <c>AllowedHosts</c> when it names them, otherwise the public
    /// address's host, so a request with a forged Host header is refused by the host filter.
    /// </summary>
    public static string AllowedHosts(string? configured, Uri? publicBaseUrl) =>
        string.IsNullOrWhiteSpace(configured) || configured.Trim() == "*"
            ? publicBaseUrl?.IdnHost ?? throw new InvalidOperationException("Set AllowedHosts or Portal__PublicBaseUrl in Production.")
            : configured;
}
