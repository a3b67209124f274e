using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Sms;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Accounts;

/// <summary>Whether a code went out, and when the next one may be asked for.</summary>
public sealed record PhoneCodeSending(bool Sent, DateTimeOffset NextAllowedAt);

/// <summary>
/// Sends and checks one-time codes (issue 12). Per number: one code a minute for the same account and purpose, five an hour in all, so
/// nobody can flood a stranger's phone or try codes faster than 25 an hour. Per client address: as many codes an hour as
/// <see cref="SignInThrottlingOptions.SmsCodesPerClientPerHour"/> says, to whatever numbers, so one machine cannot spend the
/// agency's SMS budget. Only the latest code of a purpose counts. The limits live in the database, so every node of the
/// portal sees the same counts. The caller saves the unit of work: the code, its try count and its SMS are stored together.
/// </summary>
public sealed class PhoneCodes(IPortalDbContext db, IPortalSms texts, IClientAddress client, IOptions<SignInThrottlingOptions> limits, TimeProvider clock)
{
    public static readonly TimeSpan CoolDown = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    public const int PerNumberInWindow = 5;

    /// <summary>
    /// Issues a code when the limits allow. With <paramref name="deliver"/> false the code is kept but no SMS goes out: a number
    /// that has no account then answers exactly as one that has (its codes count, tries are spent), and nothing is sent to a stranger.
    /// </summary>
    public async Task<PhoneCodeSending> SendAsync(string phone, PhoneCodePurpose purpose, Guid? userId, CancellationToken cancellationToken, bool deliver = true)
    {
        var now = clock.GetUtcNow();
        var since = now - Window;
        var recent = await db.PhoneCodes
            .Where(c => c.Phone == phone && c.CreatedAt > since)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.CreatedAt, c.Purpose, c.UserId })
            .ToListAsync(cancellationToken);
        var lastOfPurpose = recent.Find(c => c.Purpose == purpose && c.UserId == userId);
        if (lastOfPurpose is not null && now < lastOfPurpose.CreatedAt + CoolDown)
        {
            return new PhoneCodeSending(false, lastOfPurpose.CreatedAt + CoolDown);
        }

        if (recent.Count >= PerNumberInWindow)
        {
            return new PhoneCodeSending(false, recent[PerNumberInWindow - 1].CreatedAt + Window);
        }

        var address = client.Current;
        if (address is not null)
        {
            var perClient = limits.Value.SmsCodesPerClientPerHour;
            var fromClient = await db.PhoneCodes
                .Where(c => c.ClientAddress == address && c.CreatedAt > since)
                .OrderByDescending(c => c.CreatedAt)
                .Select(c => c.CreatedAt)
                .Take(perClient)
                .ToListAsync(cancellationToken);
            if (fromClient.Count >= perClient)
            {
                return new PhoneCodeSending(false, fromClient[^1] + Window);
            }
        }

        var (code, plain) = PhoneCode.Issue(phone, purpose, userId, now, address);
        db.PhoneCodes.Add(code);
        if (deliver)
        {
            db.EnqueueSms(clock, phone, texts.PhoneCode(plain));
        }

        return new PhoneCodeSending(true, now + CoolDown);
    }

    /// <summary>Checks a typed code against the latest one sent for the purpose; no code at all answers as an expired one would.</summary>
    public async Task<(PhoneCodeCheck Result, PhoneCode? Code)> CheckAsync(string phone, PhoneCodePurpose purpose, string? typed, CancellationToken cancellationToken)
    {
        var code = await db.PhoneCodes
            .Where(c => c.Phone == phone && c.Purpose == purpose)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return code is null ? (PhoneCodeCheck.Expired, null) : (code.Check(typed, clock.GetUtcNow()), code);
    }
}
