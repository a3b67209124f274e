using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace MigrationPortal.Testing;

/// <summary>Who "signs in" at the local OneID next, with the details OneID would vouch for.</summary>
public sealed record OneIdPerson(
    string Subject,
    string Pinfl,
    string LastName,
    string FirstName,
    string? Patronymic = null,
    string? BirthDate = null,
    string? Phone = null,
    bool PhoneVerified = false);

/// <summary>
/// A real OpenID provider standing in for OneID in the tests: OpenIddict's server in degraded mode (no stores, one
/// client checked by hand) on Kestrel at 127.0.0.1 with a port of its own, so that the portal reads its discovery
/// document and keys and redeems codes over real HTTP. There is no login screen: a test says who signs in next
/// (<see cref="WillSignIn"/>) and the authorization endpoint answers at once with that person's code.
/// </summary>
public sealed class LocalOneId : IAsyncDisposable
{
    public const string ClientId = "migration-portal";
    public const string ClientSecret = "local-oneid-secret";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<OneIdPerson> _next = new();

    private LocalOneId(WebApplication app, Uri authority)
    {
        _app = app;
        Authority = authority;
    }

    public Uri Authority { get; }

    /// <summary>The portal's settings for this provider ("OneId" section, README).</summary>
    public IReadOnlyDictionary<string, string> PortalSettings => new Dictionary<string, string>
    {
        ["OneId:Authority"] = Authority.ToString(),
        ["OneId:ClientId"] = ClientId,
        ["OneId:ClientSecret"] = ClientSecret,
        ["OneId:RequireHttpsMetadata"] = "false",
        ["OneId:GetClaimsFromUserInfoEndpoint"] = "false",
    };

    /// <summary>A browser's own client for the provider's pages (the portal's test client reaches only the portal).</summary>
    public HttpClient Browser { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public void WillSignIn(OneIdPerson person) => _next.Enqueue(person);

    public static async Task<LocalOneId> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Phone);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            options.EnableDegradedMode();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .DisableTransportSecurityRequirement();

            // Degraded mode has no application store: the one client and its secret are checked here.
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }

                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                }

                return default;
            }));
        });

        var app = builder.Build();
        LocalOneId? provider = null;
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest()!;
            if (!provider!._next.TryDequeue(out var person))
            {
                return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var principal = PrincipalOf(person);
            principal.SetScopes(request.GetScopes());
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapPost("/connect/token", async (HttpContext context) =>
        {
            // The code's own principal, as the authorization endpoint signed it in.
            var code = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var principal = code.Principal!;
            foreach (var claim in principal.Claims)
            {
                claim.SetDestinations(Destinations.IdentityToken, Destinations.AccessToken);
            }

            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        provider = new LocalOneId(app, new Uri(address.TrimEnd('/') + "/"));
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // The claims OneID carries, under the names the portal reads by default (README, OneID).
    private static ClaimsPrincipal PrincipalOf(OneIdPerson person)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.Subject));
        identity.AddClaim(new Claim("pinfl", person.Pinfl));
        identity.AddClaim(new Claim(Claims.FamilyName, person.LastName));
        identity.AddClaim(new Claim(Claims.GivenName, person.FirstName));
        if (person.Patronymic is { } patronymic)
        {
            identity.AddClaim(new Claim(Claims.MiddleName, patronymic));
        }

        if (person.BirthDate is { } birthDate)
        {
            identity.AddClaim(new Claim(Claims.Birthdate, birthDate));
        }

        if (person.Phone is { } phone)
        {
            identity.AddClaim(new Claim(Claims.PhoneNumber, phone));
            identity.AddClaim(new Claim(Claims.PhoneNumberVerified, person.PhoneVerified ? "true" : "false"));
        }

        foreach (var claim in identity.Claims)
        {
            claim.SetDestinations(Destinations.IdentityToken, Destinations.AccessToken);
        }

        return new ClaimsPrincipal(identity);
    }
}
