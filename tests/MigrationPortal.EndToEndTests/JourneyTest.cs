using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MigrationPortal.Testing;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// Every browser test starts from an empty database (reference data kept), in the one collection that
/// shares the server and the browser, so the tests run one after another.
/// </summary>
[Collection(nameof(BrowserCollection))]
public abstract class JourneyTest(BrowserFixture fixture) : IAsyncLifetime
{
    protected BrowserFixture Fixture { get; } = fixture;

    public Task InitializeAsync() => Fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A URL on the portal with this path, whatever its query string: At("/Citizen").</summary>
    protected static Regex At(string path) => new($"^https?://[^/]+{Regex.Escape(path)}(\\?.*)?$");

    /// <summary>A short token that makes names and addresses of one run unique.</summary>
    protected static string UniqueSuffix() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>An Uzbek mobile number as people write it: +998 9X XXX XX XX.</summary>
    protected static string RandomUzbekMobile()
    {
        var digits = string.Concat(Enumerable.Range(0, 8).Select(_ => RandomNumberGenerator.GetInt32(10)));
        return $"+998 9{digits[0]} {digits[1..4]} {digits[4..6]} {digits[6..8]}";
    }

    /// <summary>Signs in through the sign-in page and checks the page the user lands on.</summary>
    protected static async Task SignInAsync(Journey journey, string login, string password, string landing, string step)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var page = journey.Page;
        if (!At("/Account/Login").IsMatch(page.Url))
        {
            await journey.GotoAsync("/Account/Login", step + "-form");
        }

        await page.Locator("#Input_Login").FillAsync(login);
        await page.Locator("#Input_Password").FillAsync(password);
        await journey.ClickAndArriveAsync(SubmitButton(page), At(landing), step);
    }

    /// <summary>
    /// Signs a test user in through the sign-in page and, for an account with a second factor, the code page after
    /// it, with a fresh code from the user's key, as their authenticator app would show.
    /// </summary>
    protected static async Task SignInAsync(Journey journey, TestUser user, string landing, string step)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(user);
        if (user.AuthenticatorKey is null)
        {
            await SignInAsync(journey, user.Email, user.Password, landing, step);
            return;
        }

        await SignInAsync(journey, user.Email, user.Password, PortalClient.CodePage, step + "-code");
        await journey.Page.Locator("#Input_Code").FillAsync(Totp.NextCode(user));
        await journey.ClickAndArriveAsync(SubmitButton(journey.Page), At(landing), step);
    }

    /// <summary>Signs out with the button in the header and checks the home page it leads to.</summary>
    protected static Task SignOutAsync(Journey journey, string step)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return journey.ClickAndArriveAsync(journey.Page.Locator("form[action='/Account/Logout'] button[type=submit]"), At("/"), step);
    }

    /// <summary>The submit button of the page's main form (the header's sign-out form is not in main).</summary>
    protected static ILocator SubmitButton(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("main form[method=post] button[type=submit]").First;
    }
}
