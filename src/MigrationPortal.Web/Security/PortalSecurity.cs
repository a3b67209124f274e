using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Web.Pages.Error;

namespace MigrationPortal.Web.Security;

public static class PortalSecurity
{
    /// <summary>Secure-only cookies wherever the portal really runs; plain http://localhost in development and tests.</summary>
    public static CookieSecurePolicy CookiePolicy(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    }

    public static void AddPortalSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var secure = CookiePolicy(environment);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "mp.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

            // Every request: a session of a disabled account, of a suspended employer or with a stale stamp ends now,
            // not at Identity's next periodic check (half an hour later).
            var periodic = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                // The error page of a database outage cannot ask: it is shown as to a visitor, and the cookie stays, so
                // a database restart signs nobody out.
                if (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is { } failed && ErrorDescription.IsOutage(failed.Error))
                {
                    context.RejectPrincipal();
                    return;
                }

                var identity = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity;
                var current = Guid.TryParse(context.Principal?.FindFirst(identity.UserIdClaimType)?.Value, out var userId)
                    && await context.HttpContext.RequestServices.GetRequiredService<ISender>()
                        .Send(new IsSessionCurrentQuery(userId, context.Principal?.FindFirst(identity.SecurityStampClaimType)?.Value), context.HttpContext.RequestAborted);
                if (!current)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await periodic(context);
            };

            // A signed-in user in the wrong area gets a plain 403 page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "mp.af";
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });

        services.AddOptions<SignInThrottlingOptions>().Bind(configuration.GetSection(SignInThrottlingOptions.Section));
        services.AddSingleton<AccountAttemptThrottle>();
        services.AddSingleton<SignInLockouts>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, SignInRateLimitPolicy>(SignInRateLimitPolicy.Name);
        });
    }

    public static void UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Written as the response starts, so that an error page, whose handler clears the failed response's headers
            // first, carries them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy =
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; " +
                    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";

                // Whatever a signed-in user sees may hold personal data: never kept by a browser or a proxy.
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    context.Response.Headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>The area a user of this kind lands in after signing in ("" for the public pages); its home is its /Index page.</summary>
    public static string AreaOf(UserKind kind) => kind switch
    {
        UserKind.Citizen => "Citizen",
        UserKind.EmployerStaff or UserKind.EmployerAdmin => "Employer",
        UserKind.Officer or UserKind.Supervisor => "Agency",
        UserKind.Administrator => "Admin",
        _ => "",
    };

    public static string AreaOf(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Enum.TryParse<UserKind>(user.FindFirst(PortalClaims.Kind)?.Value, out var kind) ? AreaOf(kind) : "";
    }
}
