using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;
using MigrationPortal.Infrastructure.Persistence;
using MigrationPortal.Infrastructure.Sms;
using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests.Accounts;

/// <summary>
/// Codes by SMS (issue 12): each message is stored with the code's hash, sent by the outbox (a file without a gateway, a
/// provider's HTTP API with one), retried until it goes, and forgotten once sent; a number gets one code a minute and
/// five an hour.
/// </summary>
public sealed class SmsOutboxTests(PortalFixture fixture) : PortalTest(fixture)
{
    private const string Phone = "+998937304567";

    [Fact]
    public async Task A_code_goes_out_as_a_text_file_with_the_portals_name_and_is_kept_only_as_a_hash()
    {
        var sending = await SendCodeAsync(Phone, PhoneCodePurpose.Registration);
        sending.Sent.ShouldBeTrue();

        (await RunSenderAsync(provider => provider.GetRequiredService<SmsOutboxSender>())).ShouldBe(1);

        var file = Directory.GetFiles(Fixture.SmsDirectory, "*.txt").ShouldHaveSingleItem();
        var text = await File.ReadAllTextAsync(file);
        text.ShouldStartWith($"To: {Phone}");
        var code = CodeIn(text);
        text.ShouldContain("MigrationPortal");
        var stored = await Fixture.WithDbAsync(db => db.OutboxSms.SingleAsync());
        stored.SentAt.ShouldNotBeNull();
        stored.Text.ShouldBeEmpty("a sent code must not stay in the outbox");
        var hash = (await Fixture.WithDbAsync(db => db.PhoneCodes.SingleAsync())).CodeHash;
        hash.ShouldNotBe(System.Text.Encoding.ASCII.GetBytes(code));

        var (result, _) = await CheckCodeAsync(Phone, PhoneCodePurpose.Registration, code);
        result.ShouldBe(PhoneCodeCheck.Accepted);
        (await CheckCodeAsync(Phone, PhoneCodePurpose.Registration, code)).Result.ShouldBe(PhoneCodeCheck.Used);
    }

    [Fact]
    public async Task A_second_code_within_a_minute_is_not_sent_and_says_when_it_may_be()
    {
        var first = await SendCodeAsync(Phone, PhoneCodePurpose.Registration);
        var second = await SendCodeAsync(Phone, PhoneCodePurpose.Registration);

        second.Sent.ShouldBeFalse();
        second.NextAllowedAt.ShouldBe(first.NextAllowedAt, TimeSpan.FromMilliseconds(1));
        (await Fixture.WithDbAsync(db => db.OutboxSms.CountAsync())).ShouldBe(1);
        (await SendCodeAsync("+998901112233", PhoneCodePurpose.Registration)).Sent.ShouldBeTrue("another number has its own minute");
    }

    [Fact]
    public async Task Five_codes_in_an_hour_are_the_most_a_number_gets_whatever_they_are_for()
    {
        var now = DateTimeOffset.UtcNow;
        await Fixture.WithDbAsync(db =>
        {
            for (var i = 0; i < 5; i++)
            {
                db.PhoneCodes.Add(PhoneCode.Issue(Phone, (PhoneCodePurpose)(i % 3 + 1), null, now.AddMinutes(-50 + i * 10)).Code);
            }

            return db.SaveChangesAsync();
        });

        var refused = await SendCodeAsync(Phone, PhoneCodePurpose.AssistedRegistration);

        refused.Sent.ShouldBeFalse();
        refused.NextAllowedAt.ShouldBe(now.AddMinutes(-50).AddHours(1), TimeSpan.FromMilliseconds(1));
        (await Fixture.WithDbAsync(db => db.OutboxSms.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_gateway_that_fails_gets_the_message_again_later_until_it_takes_it()
    {
        await using var gateway = await FakeGateway.StartAsync(failures: 1);
        var options = Options.Create(new SmsOptions { GatewayUrl = gateway.Url, ApiKey = "gateway-key", Sender = "MigrationPortal" });
        await SendCodeAsync(Phone, PhoneCodePurpose.PasswordReset);
        using var http = new HttpClient();

        SmsOutboxSender SenderOver(IServiceProvider provider) =>
            new(provider.GetRequiredService<PortalDbContext>(), new HttpSmsTransport(http, options), TimeProvider.System, NullLogger<SmsOutboxSender>.Instance);

        (await RunSenderAsync(SenderOver)).ShouldBe(0);
        var failed = await Fixture.WithDbAsync(db => db.OutboxSms.SingleAsync());
        failed.SentAt.ShouldBeNull();
        failed.Attempts.ShouldBe(1);
        failed.LastError.ShouldBe(nameof(HttpRequestException));
        failed.Text.ShouldNotBeEmpty("an unsent message keeps its text for the next try");

        await Fixture.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE outbox_sms SET next_attempt_at = now() - interval '1 second'"));
        (await RunSenderAsync(SenderOver)).ShouldBe(1);

        var delivered = gateway.Received.ShouldHaveSingleItem();
        delivered.Authorization.ShouldBe("Bearer gateway-key");
        using var body = System.Text.Json.JsonDocument.Parse(delivered.Body);
        body.RootElement.GetProperty("to").GetString().ShouldBe(Phone);
        body.RootElement.GetProperty("sender").GetString().ShouldBe("MigrationPortal");
        body.RootElement.GetProperty("text").GetString()!.ShouldContain("MigrationPortal");
        (await Fixture.WithDbAsync(db => db.OutboxSms.SingleAsync())).SentAt.ShouldNotBeNull();
    }

    private static string CodeIn(string text)
    {
        var code = System.Text.RegularExpressions.Regex.Match(text, @"\b\d{6}\b").Value;
        code.ShouldNotBeNullOrEmpty("the text should carry a six-digit code");
        return code;
    }

    private async Task<PhoneCodeSending> SendCodeAsync(string phone, PhoneCodePurpose purpose)
    {
        await using var scope = SystemScope();
        var sending = await scope.ServiceProvider.GetRequiredService<PhoneCodes>().SendAsync(phone, purpose, null, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        return sending;
    }

    private async Task<(PhoneCodeCheck Result, PhoneCode? Code)> CheckCodeAsync(string phone, PhoneCodePurpose purpose, string typed)
    {
        await using var scope = SystemScope();
        var checkedCode = await scope.ServiceProvider.GetRequiredService<PhoneCodes>().CheckAsync(phone, purpose, typed, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        return checkedCode;
    }

    private async Task<int> RunSenderAsync(Func<IServiceProvider, SmsOutboxSender> sender)
    {
        await using var scope = SystemScope();
        return await sender(scope.ServiceProvider).SendDueAsync(CancellationToken.None);
    }

    private AsyncServiceScope SystemScope()
    {
        var scope = Fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = SystemActor.Instance;
        return scope;
    }

    /// <summary>A provider's endpoint on a local port: answers 503 a number of times, then 200, and keeps what it took.</summary>
    private sealed class FakeGateway : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _failuresLeft;

        private FakeGateway(WebApplication app, int failures)
        {
            _app = app;
            _failuresLeft = failures;
        }

        public List<(string? Authorization, string Body)> Received { get; } = [];

        public Uri Url => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/send");

        public static async Task<FakeGateway> StartAsync(int failures)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var gateway = new FakeGateway(app, failures);
            app.MapPost("/send", async (HttpContext context) =>
            {
                if (Interlocked.Decrement(ref gateway._failuresLeft) >= 0)
                {
                    return Results.StatusCode((int)HttpStatusCode.ServiceUnavailable);
                }

                using var reader = new StreamReader(context.Request.Body);
                gateway.Received.Add((context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
                return Results.Ok();
            });
            await app.StartAsync();
            return gateway;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
