namespace MigrationPortal.EndToEndTests;

/// <summary>
/// The check every journey step relies on finds what a screen-reader user would meet, so that a
/// passing journey means the pages were read, not that the check saw nothing.
/// </summary>
public sealed class AccessibilityCheckTests(BrowserFixture fixture) : JourneyTest(fixture)
{
    [Fact]
    public async Task A_page_with_an_unlabelled_image_and_field_is_reported()
    {
        await using var journey = await Journey.StartAsync(Fixture, nameof(A_page_with_an_unlabelled_image_and_field_is_reported), Viewport.Desktop);
        await journey.Page.SetContentAsync("""
            <!doctype html><html lang="uz"><head><title>Sinov</title></head>
            <body><main><h1>Sinov</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>
            """);

        var problems = await Accessibility.ProblemsAsync(journey.Page);

        problems.ShouldContain(p => p.Contains("'image-alt'", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("'label'", StringComparison.Ordinal));
    }
}
