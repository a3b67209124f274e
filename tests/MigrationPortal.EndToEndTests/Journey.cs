using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// One test's walk through the portal in a fresh browser context (its own cookies) at one viewport.
/// Every page it reaches goes through <see cref="CheckAsync"/>: a full-page screenshot, no server error
/// or script error, no horizontal scrolling on a phone, and no serious or critical axe violation.
/// </summary>
public sealed partial class Journey : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _test;
    private readonly List<string> _problems = [];
    private int _step;

    private Journey(IBrowserContext context, IPage page, string test, Viewport viewport)
    {
        _context = context;
        Page = page;
        _test = test;
        Viewport = viewport;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error on {message.Page?.Url}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"script error on {page.Url}: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                Record($"{response.Request.Method} {response.Url} answered {response.Status}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // A navigation that replaces a page still loading aborts its requests: not a fault of the portal.
            if (request.Failure is { } failure && !failure.Contains("ERR_ABORTED", StringComparison.Ordinal))
            {
                Record($"{request.Method} {request.Url} failed: {failure}");
            }
        };
    }

    public IPage Page { get; }

    public Viewport Viewport { get; }

    public static async Task<Journey> StartAsync(BrowserFixture fixture, string test, Viewport viewport)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(viewport);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,

            // A browser set to Uzbek: the portal opens in the browser's language (BrowserLanguageProvider).
            Locale = "uz-UZ",
            TimezoneId = "Asia/Tashkent",
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            DeviceScaleFactor = 1,
        });
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new Journey(context, page, test, viewport);
    }

    /// <summary>Opens a page of the portal by its path and checks it.</summary>
    public async Task GotoAsync(string path, string step)
    {
        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull($"GET {path} gave no response");
        response.Status.ShouldBe(200, $"GET {path} answered {response.Status}");
        await CheckAsync(step);
    }

    /// <summary>Clicks (a link, a submit button) and waits until the browser is on a page whose URL matches, then checks it.</summary>
    public async Task ClickAndArriveAsync(ILocator target, Regex url, string step)
    {
        ArgumentNullException.ThrowIfNull(target);
        await target.ClickAsync();
        await Expect(Page).ToHaveURLAsync(url);
        await CheckAsync(step);
    }

    /// <summary>The checks every page a journey reaches must pass; the screenshot is taken first, so a failure can be looked at.</summary>
    public async Task CheckAsync(string step)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await ScreenshotAsync(step);
        var problems = new List<string>();
        lock (_problems)
        {
            problems.AddRange(_problems);
            _problems.Clear();
        }

        // Every stylesheet the page links to arrived and holds rules: an unstyled page is a broken page.
        var unstyled = await Page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('link[rel=stylesheet]')).filter(l => !l.sheet || l.sheet.cssRules.length === 0).map(l => l.href)");
        problems.AddRange(unstyled.Select(href => $"the stylesheet {href} did not load"));

        if (Viewport.IsMobile)
        {
            var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                problems.Add($"the page scrolls sideways at {Viewport.Width}px: it is {widths[0]}px wide, the window {widths[1]}px");
            }
        }

        problems.AddRange(await Accessibility.ProblemsAsync(Page));
        if (problems.Count > 0)
        {
            Assert.Fail($"Step '{step}' at {Page.Url} ({Viewport.Name}):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems));
        }
    }

    /// <summary>Saves a full-page screenshot to $MIGRATIONPORTAL_ARTIFACTS/screenshots/&lt;test&gt;-&lt;NN-step&gt;-&lt;viewport&gt;.png.</summary>
    public async Task<string> ScreenshotAsync(string step)
    {
        var folder = Artifacts.ScreenshotDirectory;
        Directory.CreateDirectory(folder);
        var number = Interlocked.Increment(ref _step).ToString("00", CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, $"{Safe(_test)}-{number}-{Safe(step)}-{Viewport.Name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        await _context.DisposeAsync();
    }

    private void Record(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    private static string Safe(string name) => UnsafeCharacters().Replace(name, "_");

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex UnsafeCharacters();
}
