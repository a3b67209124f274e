using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Files;
using MigrationPortal.Application.Workers;
using MigrationPortal.Infrastructure.Email;
using MigrationPortal.Infrastructure.Files;
using MigrationPortal.Infrastructure.Identity;
using MigrationPortal.Infrastructure.Messaging;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Infrastructure.Scheduling;
using MigrationPortal.Infrastructure.Security;
using MigrationPortal.Infrastructure.Sms;
using MigrationPortal.Infrastructure.Tenancy;

namespace MigrationPortal.Infrastructure;

public static class DependencyInjection
{
    private static readonly RowSecurityActorInterceptor RowSecurity = new();

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(PortalDatabase.ApplicationConnectionName)
            ?? throw new InvalidOperationException("The connection string 'Portal' is not configured (ConnectionStrings__Portal).");

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantStampingInterceptor>();

        // Not pooled: the context carries the signed-in user's scope (docs/design/architecture.md, Tenancy and the row-level security wall).
        services.AddDbContext<PortalDbContext>((provider, options) => options
            .UsePortalDatabase(connectionString)
            .AddInterceptors(provider.GetRequiredService<TenantStampingInterceptor>(), new StatusChangeInterceptor(), RowSecurity));
        services.AddScoped<IPortalDbContext>(provider => provider.GetRequiredService<PortalDbContext>());

        services.AddIdentity<PortalUser, PortalRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddSignInManager<PortalSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(AccountTokens.InvitationProvider)
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        // One key ring for every instance, in the database: cookies, antiforgery and the personal-data seal.
        services.AddDataProtection()
            .SetApplicationName("MigrationPortal")
            .PersistKeysToDbContext<PortalDbContext>();
        services.AddSingleton<LookupKeyCache>();
        services.AddScoped<IPersonalNumberProtector, PersonalNumberProtector>();
        services.AddScoped<IFileStore, PostgresFileStore>();

        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = AccountTokens.ResetLifespan);

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        var smtpHost = configuration[$"{EmailOptions.Section}:{nameof(EmailOptions.SmtpHost)}"];
        if (string.IsNullOrWhiteSpace(smtpHost))
        {
            services.AddSingleton<IEmailTransport, PickupDirectoryEmailTransport>();
        }
        else
        {
            services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        }

        services.AddOutbox<OutboxSender, EmailOptions>(options => options.PollSeconds);

        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.Section));
        if (string.IsNullOrWhiteSpace(configuration[$"{SmsOptions.Section}:{nameof(SmsOptions.GatewayUrl)}"]))
        {
            services.AddSingleton<ISmsTransport, PickupDirectorySmsTransport>();
        }
        else
        {
            services.AddHttpClient<ISmsTransport, HttpSmsTransport>(http => http.Timeout = TimeSpan.FromSeconds(15));
        }

        services.AddOutbox<SmsOutboxSender, SmsOptions>(options => options.PollSeconds);

        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section));
        services.AddHostedService<JobOrderExpiry>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>An outbox's sender, and the dispatcher that runs it every few seconds as its options say.</summary>
    private static void AddOutbox<TSender, TOptions>(this IServiceCollection services, Func<TOptions, int> pollSeconds)
        where TSender : class, IOutboxSender
        where TOptions : class
    {
        services.AddScoped<TSender>();
        services.AddHostedService(provider => new OutboxDispatcher<TSender>(
            provider.GetRequiredService<IServiceScopeFactory>(),
            TimeSpan.FromSeconds(Math.Max(1, pollSeconds(provider.GetRequiredService<IOptions<TOptions>>().Value))),
            provider.GetRequiredService<ILogger<OutboxDispatcher<TSender>>>()));
    }
}
