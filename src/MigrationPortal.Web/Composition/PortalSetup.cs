using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Email;
using MigrationPortal.Application.Notifications;
using MigrationPortal.Application.Sms;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Infrastructure;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Infrastructure.Demo;
using MigrationPortal.Web.Localization;
using MigrationPortal.Web.Security;
using MigrationPortal.Web.Telemetry;
using Serilog;
using Serilog.Formatting.Compact;

namespace MigrationPortal.Web.Composition;

/// <summary>The composition root: every service and middleware of the portal, in one place.</summary>
public static class PortalSetup
{
    public const string StaffAreaPolicy = "Agency";

    public static void AddPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSerilog((provider, logger) =>
        {
            logger.ReadFrom.Configuration(configuration).ReadFrom.Services(provider).Enrich.FromLogContext();
            if (builder.Environment.IsDevelopment())
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {TraceId} {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
            else
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }
        });

        builder.AddPortalTelemetry();
        services.AddInfrastructure(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<ActorOverride>();
        services.AddScoped<ICurrentUser>(provider =>
            provider.GetRequiredService<ActorOverride>().Actor ?? new HttpCurrentUser(provider.GetRequiredService<IHttpContextAccessor>()));
        services.AddOptions<PublicAddressOptions>().Bind(configuration.GetSection(PublicAddressOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<PublicAddressOptions>, PublicAddressValidation>();
        services.AddSingleton<PublicAddress>();
        if (builder.Environment.IsProduction())
        {
            // The host filter refuses any other Host header (WebApplication reads AllowedHosts when it builds).
            configuration["AllowedHosts"] = PublicAddress.AllowedHosts(configuration["AllowedHosts"], configuration.GetValue<Uri?>($"{PublicAddressOptions.Section}:{nameof(PublicAddressOptions.PublicBaseUrl)}"));
        }

        services.AddScoped<IPortalEmails, PortalEmails>();
        services.AddSingleton<NoticeLinks>();
        services.AddScoped<Notifier>();
        services.AddScoped<IPortalSms, PortalSms>();
        services.AddScoped<PhoneCodes>();
        services.AddScoped<IClientAddress, HttpClientAddress>();
        services.AddScoped<PersonalDataAudit>();

        // Options are read at compile time by the generator: written inline, never from variables (docs/design/architecture.md, trap 3).
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(ICurrentUser)];
            options.PipelineBehaviors = [typeof(TracingBehavior<,>), typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        services.AddValidatorsFromAssemblyContaining<ICurrentUser>(ServiceLifetime.Scoped);
        services.AddMemoryCache();
        services.AddPublicPageCache(configuration);

        services.AddPortalLocalization();
        builder.AddLightPages();
        services.AddPortalSecurity(configuration, builder.Environment);
        services.AddSecondFactor(builder.Environment);
        services.AddOneId(configuration);

        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeAreaFolder("Admin", "/", nameof(UserKind.Administrator));
                options.Conventions.AuthorizeAreaFolder("Agency", "/", StaffAreaPolicy);
                options.Conventions.AuthorizeAreaFolder("Employer", "/", nameof(UserKind.EmployerStaff));
                options.Conventions.AuthorizeAreaFolder("Citizen", "/", nameof(UserKind.Citizen));
                options.Conventions.AuthorizeAreaPage("Agency", "/JobOrders/Index", AgencyPagePolicies.JobOrderReviewer);
                options.Conventions.AuthorizeAreaPage("Agency", "/JobOrders/Review", AgencyPagePolicies.JobOrderReviewer);
                options.Conventions.AuthorizeAreaPage("Agency", "/Workload", AgencyPagePolicies.Supervisor);
                options.Conventions.AuthorizeAreaPage("Agency", "/Assisted/New", AgencyPagePolicies.Officer);
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<PortalPageFilter>();
                var form = options.ValueProviderFactories.OfType<Microsoft.AspNetCore.Mvc.ModelBinding.FormValueProviderFactory>().Single();
                options.ValueProviderFactories[options.ValueProviderFactories.IndexOf(form)] = new InvariantFormValueProviderFactory();

                // Inputs are nullable; "missing" is told by the validators, in the user's language.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization();

        services.AddAuthorizationBuilder()
            .AddPolicy(nameof(UserKind.Administrator), p => p.RequireClaim(PortalClaims.Kind, nameof(UserKind.Administrator)))
            .AddPolicy(StaffAreaPolicy, p => p.RequireClaim(PortalClaims.Kind, nameof(UserKind.Officer), nameof(UserKind.Supervisor)))
            .AddPolicy(nameof(UserKind.EmployerStaff), p => p.RequireClaim(PortalClaims.Kind, nameof(UserKind.EmployerStaff), nameof(UserKind.EmployerAdmin)))
            .AddPolicy(nameof(UserKind.Citizen), p => p.RequireClaim(PortalClaims.Kind, nameof(UserKind.Citizen)))
            .AddPolicy(AgencyPagePolicies.JobOrderReviewer, p => p.AddRequirements(new JobOrderReviewerRequirement()))
            .AddPolicy(AgencyPagePolicies.Supervisor, p => p.RequireClaim(PortalClaims.Kind, nameof(UserKind.Supervisor)))
            .AddPolicy(AgencyPagePolicies.Officer, p => p.RequireClaim(PortalClaims.Kind, nameof(UserKind.Officer)));
        services.AddScoped<IAuthorizationHandler, JobOrderReviewerHandler>();
        services.AddScoped<PageAccess>();
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
        if (app.Configuration.GetValue<bool>("Database:Migrate"))
        {
            // As the owner; the portal itself connects as a role that owns nothing (ADR-009).
            var application = app.Configuration.GetConnectionString(PortalDatabase.ApplicationConnectionName)!;
            await PortalDatabase.MigrateAsync(app.Configuration.GetConnectionString(PortalDatabase.OwnerConnectionName) ?? application, application);
            if (await PortalDatabase.RowSecurityBypassAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>()) is { } bypass)
            {
                if (app.Environment.IsProduction())
                {
                    throw new InvalidOperationException(
                        $"The portal's connection (ConnectionStrings__Portal) passes row-level security by as {bypass}: connect as a role that owns nothing and give the owner's connection in ConnectionStrings__PortalOwner.");
                }

                app.Logger.LogWarning(
                    "The portal's connection passes row-level security by as {Bypass}: only the query filters keep tenants apart. Set ConnectionStrings__PortalOwner for migrations and connect as a role that owns nothing",
                    bypass);
            }
        }

        if (app.Configuration.GetValue<bool>("Database:SeedDemo"))
        {
            await DemoData.SeedAsync(scope.ServiceProvider);
        }
    }

    public static void UsePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Behind the agency's TLS-terminating proxy the request is still known to be HTTPS; only that proxy is believed.
        if (ForwardedHeadersSetup.FromConfiguration(app.Configuration) is { } forwarded)
        {
            app.UseForwardedHeaders(forwarded);
        }

        // After the forwarded headers: a visitor behind the proxy is judged by their own address, not the proxy's.
        app.UsePortalMetrics();

        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSecurityHeaders();

        // Before the error pages, so a re-executed error page keeps the language of the request that failed.
        app.UsePortalLocalization();
        app.UseMiddleware<ErrorPageFallback>();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            // A scope of its own: the failed request's services (its authentication result above all) may be what failed.
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", CreateScopeForErrors = true });
        }

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseUploadLimit();
        app.UseControlCharacterGuard();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePublicPageCache();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapBenchmarkBaseline();
        app.WarnWhenHttpsIsMissing();
    }
}
