using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using QRCoder;

namespace MigrationPortal.Web.Security;

/// <summary>Two-factor sign-in: staff must have it (docs/design/quality.md, Identity), anyone may.</summary>
public static class SecondFactor
{
    public static void AddSecondFactor(this IServiceCollection services, IHostEnvironment environment)
    {
        // The cookie that carries "password checked, code pending" between the two sign-in steps.
        var secure = PortalSecurity.CookiePolicy(environment);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "mp.2fa";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.Configure<MvcOptions>(options => options.Filters.Add<RequireSecondFactorFilter>());
    }

    /// <summary>Whether the signed-in account must set up its second factor before anything else.</summary>
    public static bool MustSetUp(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true
            && !user.HasClaim(c => c.Type == PortalClaims.SecondFactor)
            && Enum.TryParse<UserKind>(user.FindFirst(PortalClaims.Kind)?.Value, out var kind)
            && kind.RequiresSecondFactor();
    }

    /// <summary>The key as people read it off a screen: groups of four.</summary>
    public static string Grouped(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Join(' ', key.Chunk(4).Select(group => new string(group)));
    }

    /// <summary>A QR code of the otpauth:// address as a PNG data URI, made here: the address holds the key, so no outside service sees it.</summary>
    public static string QrCodeDataUri(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}

/// <summary>A page a staff account without a second factor may still open: the setup page, sign-out, the error page.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowWithoutSecondFactorAttribute : Attribute;

/// <summary>
/// Sends a staff account without a second factor to the setup page before any other page. Static files and the
/// health endpoints are no pages, so they never get here.
/// </summary>
public sealed class RequireSecondFactorFilter : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (SecondFactor.MustSetUp(context.HttpContext.User)
            && !context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutSecondFactorAttribute>().Any())
        {
            context.Result = new RedirectToPageResult("/Account/Authenticator", null, new { area = "" });
        }
    }
}
