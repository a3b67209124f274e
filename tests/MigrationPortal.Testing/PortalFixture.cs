using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Web;
using Npgsql;
using Respawn;
using Respawn.Graph;
using Shouldly;
using Xunit;

namespace MigrationPortal.Testing;

/// <summary>
/// One database and one portal for a whole test assembly: migrated once with the real migrations, wiped
/// by Respawn before each test (keeping the migrations history and the reference data).
/// </summary>
public class PortalFixture : IAsyncLifetime
{
    public const string Password = "Test-Password-1";

    /// <summary>The one proxy <see cref="StrictLimits"/> believes forwarded headers from.</summary>
    public const string TrustedProxy = "198.51.100.1";

    private static readonly string[] ReferenceTables =
    [
        "__EFMigrationsHistory", "regions", "districts", "countries", "currencies", "language_scales",
        "language_levels", "languages", "occupations", "agency_units", "roles", "consent_texts",
        // The key ring and the look-up key stay: the running portal has them cached.
        "data_protection_keys", "protected_secrets",
    ];

    private TestDatabase? _database;
    private Respawner? _respawner;
    private int _userCounter;
    private PortalFactory? _strictLimits;
    private PortalFactory? _plainHttpProduction;

    public PortalFactory Factory { get; private set; } = null!;

    /// <summary>The run's one local OneID; <see cref="Factory"/> signs citizens in with it, the other portals know no OneID.</summary>
    public LocalOneId OneId { get; private set; } = null!;

    /// <summary>The owner's connection, past row-level security: for resetting and for asserting what is stored.</summary>
    public string ConnectionString => _database!.ConnectionString;

    /// <summary>The portal's own connection, bound by row-level security.</summary>
    public string ApplicationConnectionString => _database!.ApplicationConnectionString;

    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "mp-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>Where the portal writes text messages: a folder inside <see cref="MailDirectory"/>, cleared with it.</summary>
    public string SmsDirectory => Path.Combine(MailDirectory, "sms");

    protected virtual string DatabaseName => "migrationportal_tests";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.StartAsync(DatabaseName);
        await PortalDatabase.MigrateAsync(_database.ConnectionString, _database.ApplicationConnectionString);
        OneId = await LocalOneId.StartAsync();
        Factory = CreateFactory(OneId.PortalSettings);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [.. ReferenceTables.Select(t => new Table("public", t))],
        });
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await OneId.DisposeAsync();
        if (_strictLimits is not null)
        {
            await _strictLimits.DisposeAsync();
        }

        if (_plainHttpProduction is not null)
        {
            await _plainHttpProduction.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }

    public PortalFactory CreateFactory(IReadOnlyDictionary<string, string>? settings = null, string environment = "Testing") =>
        new(ApplicationConnectionString, MailDirectory, settings, environment);

    /// <summary>
    /// A second portal on the same database with the production limits made small (3 password posts per client,
    /// 4 checks per account name) and one trusted proxy, 198.51.100.1. Made once, on first use, and shared: tests
    /// keep apart by using their own client addresses and account names.
    /// </summary>
    public PortalFactory StrictLimits => _strictLimits ??= CreateFactory(new Dictionary<string, string>
    {
        ["RateLimiting:SignInPermitLimit"] = "3",
        ["RateLimiting:AccountPermitLimit"] = "4",
        ["ForwardedHeaders:KnownProxies"] = TrustedProxy,
    });

    /// <summary>
    /// A portal on the same database with Production settings (Secure-only cookies) and nothing in front of it, reached
    /// over plain HTTP (<see cref="CreatePlainHttpClient"/>) as a deployment without its TLS proxy would be. Made once, on
    /// first use, and shared.
    /// </summary>
    public PortalFactory PlainHttpProduction => _plainHttpProduction ??= CreateFactory(
        new Dictionary<string, string> { ["Portal:PublicBaseUrl"] = "http://localhost" },
        "Production");

    /// <summary>A client of <see cref="PlainHttpProduction"/>: its requests arrive as plain HTTP.</summary>
    public PortalClient CreatePlainHttpClient() => CreateClient(PlainHttpProduction, new Uri("http://localhost"));

    public PortalClient CreateClient(PortalFactory factory, Uri? baseAddress = null) => new(factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = baseAddress ?? new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);

        // Seeded units stay, without the contact details a test gave them; units a test added go.
        await using var command = new NpgsqlCommand(
            "DELETE FROM agency_units WHERE id::text NOT LIKE '00000000-0000-0000-000%'; UPDATE agency_units SET address = NULL, phone = NULL, opening_hours = NULL",
            connection);
        await command.ExecuteNonQueryAsync();
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }

    public PortalClient CreateClient() => CreateClient(Factory);

    public async Task<PortalClient> SignedInClientAsync(TestUser user)
    {
        var client = CreateClient();
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>
    /// A new account. Staff accounts get two-factor sign-in with a key of their own, as they must have it
    /// (docs/design/quality.md, Identity); <paramref name="secondFactor"/> says otherwise for any kind.
    /// </summary>
    public async Task<TestUser> CreateUserAsync(UserKind kind, Guid? organizationId = null, Guid? unitId = null, string? email = null, bool? secondFactor = null)
    {
        var number = Interlocked.Increment(ref _userCounter);
        email ??= $"{kind.ToString().ToLowerInvariant()}{number}@test.migration.uz";
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = $"{kind} {number}",
            Kind = kind,
            OrganizationId = organizationId,
            UnitId = unitId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.ShouldBeTrueWith(created);
        (await users.AddToRoleAsync(user, kind.ToString())).Succeeded.ShouldBeTrueWith(created);
        if (!(secondFactor ?? kind.RequiresSecondFactor()))
        {
            return new TestUser(user.Id, email, Password, kind, organizationId, unitId);
        }

        var key = Totp.NewKey();
        await ((IUserAuthenticatorKeyStore<PortalUser>)scope.ServiceProvider.GetRequiredService<IUserStore<PortalUser>>()).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        var enabled = await users.SetTwoFactorEnabledAsync(user, true);
        enabled.Succeeded.ShouldBeTrueWith(enabled);
        return new TestUser(user.Id, email, Password, kind, organizationId, unitId, key);
    }

    public async Task<Guid> CreateEmployerAsync(string legalName, string countryCode = "KR")
    {
        var id = Guid.CreateVersion7();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await WithDbAsync(async db =>
        {
            db.Employers.Add(new Employer(id, new EmployerDetails(legalName, countryCode, $"REG-{id:N}"[..20], "AG-1", today.AddYears(-1), today.AddYears(2), "Contact", "contact@employer.example", null), Guid.Empty, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>A text as the portal shows it in its default language (Uzbek, Latin script).</summary>
    public string Text(string key, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("uz-Latn");
        try
        {
            return Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key, arguments].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The message one of the portal's own validation rules shows by a field.</summary>
    public string FieldMessage(string errorCode, string property) => Text(errorCode, Text($"Field.{property}"));

    /// <summary>Direct database access with the agency's cross-tenant view, for arranging and asserting.</summary>
    public Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work) => WithDbAsAsync(SystemActor.Instance, work);

    /// <summary>Direct database access through the tenant filters and interceptors of the given user.</summary>
    public async Task<T> WithDbAsAsync<T>(ICurrentUser user, Func<PortalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = ScopeActingAs(user);
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task WithDbAsync(Func<PortalDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    /// <summary>Runs a use case through the mediator (with its pipeline) as the given user.</summary>
    public async Task<T> SendAsync<T>(ICurrentUser user, ICommand<T> command) =>
        await RunAsAsync(user, sender => sender.Send(command).AsTask());

    public async Task<T> SendAsync<T>(ICurrentUser user, IQuery<T> query) =>
        await RunAsAsync(user, sender => sender.Send(query).AsTask());

    private async Task<T> RunAsAsync<T>(ICurrentUser user, Func<ISender, Task<T>> send)
    {
        await using var scope = ScopeActingAs(user);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    // The portal's own way to act outside a request (ActorOverride), set before anything asks for the user.
    private AsyncServiceScope ScopeActingAs(ICurrentUser user)
    {
        var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = user;
        return scope;
    }
}

internal static class IdentityAssertions
{
    public static void ShouldBeTrueWith(this bool succeeded, IdentityResult result) =>
        succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Code)));
}
