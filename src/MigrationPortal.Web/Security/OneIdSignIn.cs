using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MigrationPortal.Application.Accounts;

namespace MigrationPortal.Web.Security;

/// <summary>Sign-in with OneID, the national single sign-on (README, OneID): the section "OneId".</summary>
public sealed class OneIdOptions
{
    public const string Section = "OneId";

    /// <summary>The authentication scheme; also Identity's login provider name (<see cref="OneIdIdentity.Provider"/>).</summary>
    public const string Scheme = OneIdIdentity.Provider;

    /// <summary>OneID's issuer address; its discovery document is read from /.well-known/openid-configuration under it.</summary>
    public Uri? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Off only for a provider on this machine in tests: the discovery document and keys come over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The portal's own address OneID sends the citizen back to (register it at OneID under the public address).</summary>
    public string CallbackPath { get; set; } = "/signin-oneid";

    /// <summary>The scopes asked for, separated by spaces.</summary>
    public string Scope { get; set; } = "openid profile phone";

    /// <summary>Whether the details are also read from OneID's userinfo endpoint (when its ID token does not carry them).</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; } = true;

    public OneIdClaimTypes Claims { get; set; } = new();

    public bool IsConfigured => Authority is not null && !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>The names of the claims OneID carries each detail in; the defaults are OpenID Connect's own where it has one.</summary>
public sealed class OneIdClaimTypes
{
    public string Subject { get; set; } = "sub";

    public string Pinfl { get; set; } = "pinfl";

    public string LastName { get; set; } = "family_name";

    public string FirstName { get; set; } = "given_name";

    public string Patronymic { get; set; } = "middle_name";

    public string BirthDate { get; set; } = "birthdate";

    public string Phone { get; set; } = "phone_number";

    public string PhoneVerified { get; set; } = "phone_number_verified";

    public IEnumerable<string> All => [Subject, Pinfl, LastName, FirstName, Patronymic, BirthDate, Phone, PhoneVerified];
}

public static class OneIdSignIn
{
    /// <summary>
    /// Registers the OneID scheme only when its authority and client id are configured; otherwise the portal has no such
    /// scheme and shows no OneID button. Authorization code flow with PKCE, claims kept as OneID names them, no tokens
    /// kept: the result lands in Identity's short-lived external cookie, which the OneId page reads once and removes.
    /// </summary>
    public static void AddOneId(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(OneIdOptions.Section);
        services.AddOptions<OneIdOptions>().Bind(section);
        var settings = section.Get<OneIdOptions>() ?? new OneIdOptions();
        if (!settings.IsConfigured)
        {
            return;
        }

        services.AddAuthentication().AddOpenIdConnect(OneIdOptions.Scheme, OneIdIdentity.Provider, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = settings.Authority!.ToString();
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.CallbackPath = settings.CallbackPath;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = settings.GetClaimsFromUserInfoEndpoint;
            options.Scope.Clear();
            foreach (var scope in settings.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                options.Scope.Add(scope);
            }

            foreach (var claim in settings.Claims.All)
            {
                options.ClaimActions.MapUniqueJsonKey(claim, claim);
            }

            options.TokenValidationParameters.NameClaimType = settings.Claims.Subject;

            // A callback that does not hold together (a state, nonce or code that is not this sign-in's, OneID's own
            // refusal, the citizen turning back) lands on the OneId page's plain "did not work" answer.
            options.Events.OnRemoteFailure = context =>
            {
                var links = context.HttpContext.RequestServices.GetRequiredService<LinkGenerator>();
                context.Response.Redirect(links.GetPathByPage(context.HttpContext, "/Account/OneId", values: new { failed = true })!);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>The details OneID vouched for, as the claims of its sign-in carry them.</summary>
    public static OneIdIdentity Read(ClaimsPrincipal principal, OneIdClaimTypes claims)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(claims);
        string? Value(string type) => principal.FindFirst(type)?.Value is { Length: > 0 } value ? value.Trim() : null;
        var birthDate = DateOnly.TryParseExact(Value(claims.BirthDate), ["yyyy-MM-dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            ? birth
            : (DateOnly?)null;
        return new OneIdIdentity(
            Value(claims.Subject) ?? "",
            Value(claims.Pinfl),
            Value(claims.LastName),
            Value(claims.FirstName),
            Value(claims.Patronymic),
            birthDate,
            Value(claims.Phone),
            string.Equals(Value(claims.PhoneVerified), "true", StringComparison.OrdinalIgnoreCase));
    }
}
