using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MigrationPortal.Testing;

namespace MigrationPortal.EndToEndTests;

/// <summary>
/// The portal on a real Kestrel server (on its own database, apart from the integration tests'), and
/// one headless Chromium driven by Playwright, both shared by every test of the assembly. Each test
/// opens its own browser context (<see cref="Journey"/>), so cookies never leak from one to the next.
/// </summary>
public sealed class BrowserFixture : PortalFixture, IAsyncLifetime
{
    public const string ChromiumVariable = "MIGRATIONPORTAL_CHROMIUM";

    public const string DefaultChromium = "/usr/bin/chromium";

    private PortalFactory? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private X509Certificate2? _certificate;

    /// <summary>Where the real server listens, e.g. https://127.0.0.1:41234/ (with a self-signed certificate).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    protected override string DatabaseName => "migrationportal_e2e";

    async Task IAsyncLifetime.InitializeAsync()
    {
        // Database created, migrated, Respawn ready; the in-memory test server stays for arranging and asserting.
        await InitializeAsync();

        // A second host of the same app on Kestrel, for the browser. It shares the database, so whatever a
        // test arranges through Factory or WithDbAsync is what the browser sees; it signs citizens in with the run's local OneID.
        _server = CreateFactory(OneId.PortalSettings);

        // HTTPS, as in production, so the browser journeys run with Secure cookies (sign-in, antiforgery,
        // language). The certificate is a throwaway one.
        _certificate = CreateCertificate();
        _server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
        _server.StartServer();
        var addresses = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel reported no https address ({string.Join(", ", addresses)}).");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");

        // The driver (node) ships in bin/.playwright; the browser is the system's Chromium: nothing is downloaded.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var executable = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}: install Debian's chromium package or set {ChromiumVariable}.");
        }

        // Assertions wait for the page to get there; a loaded machine (2 cores, CI) needs more than the default 5 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await DisposeAsync();
        _certificate?.Dispose();
    }

    /// <summary>A self-signed server certificate for 127.0.0.1 and localhost, valid for a day.</summary>
    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        // Through PKCS#12 so that the private key is a persisted one, as TLS needs on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }
}

/// <summary>The browser tests share one server and one database, so they run one after another.</summary>
[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
