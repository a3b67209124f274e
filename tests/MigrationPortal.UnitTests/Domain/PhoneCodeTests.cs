using MigrationPortal.Domain.Identity;
using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.UnitTests.Domain;

/// <summary>The one-time code's rules (issue 12): six digits, ten minutes, once, five tries.</summary>
public sealed class PhoneCodeTests
{
    private const string Phone = "+998937304567";
    private static readonly DateTimeOffset Sent = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_code_is_six_digits_and_only_its_hash_is_kept()
    {
        var (code, plain) = PhoneCode.Issue(Phone, PhoneCodePurpose.Registration, null, Sent);

        plain.Length.ShouldBe(6);
        plain.ShouldAllBe(c => char.IsAsciiDigit(c));
        code.CodeHash.Length.ShouldBe(32);
        code.CodeHash.ShouldNotBe(System.Text.Encoding.ASCII.GetBytes(plain));
        code.ExpiresAt.ShouldBe(Sent.AddMinutes(10));
    }

    [Fact]
    public void The_right_code_is_accepted_once_even_typed_with_spaces()
    {
        var (code, plain) = PhoneCode.Issue(Phone, PhoneCodePurpose.Registration, null, Sent);

        code.Check($"{plain[..3]} {plain[3..]}", Sent.AddMinutes(2)).ShouldBe(PhoneCodeCheck.Accepted);
        code.Check(plain, Sent.AddMinutes(3)).ShouldBe(PhoneCodeCheck.Used);
        code.IsLive(Sent.AddMinutes(3)).ShouldBeFalse();
    }

    [Fact]
    public void A_code_is_dead_after_ten_minutes()
    {
        var (code, plain) = PhoneCode.Issue(Phone, PhoneCodePurpose.PasswordReset, null, Sent);

        code.Check(plain, Sent.AddMinutes(10)).ShouldBe(PhoneCodeCheck.Expired);
        code.IsLive(Sent.AddMinutes(9).AddSeconds(59)).ShouldBeTrue();
    }

    [Fact]
    public void Five_wrong_tries_kill_the_code_so_the_right_one_no_longer_works()
    {
        var (code, plain) = PhoneCode.Issue(Phone, PhoneCodePurpose.Registration, null, Sent);
        var wrong = plain == "000000" ? "111111" : "000000";

        for (var left = 4; left >= 1; left--)
        {
            code.Check(wrong, Sent.AddMinutes(1)).ShouldBe(PhoneCodeCheck.Wrong);
            code.TriesLeft.ShouldBe(left);
        }

        code.Check(wrong, Sent.AddMinutes(1)).ShouldBe(PhoneCodeCheck.TooManyTries);
        code.Check(plain, Sent.AddMinutes(1)).ShouldBe(PhoneCodeCheck.TooManyTries);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Input_that_is_not_six_digits_is_a_wrong_try(string? typed)
    {
        var (code, _) = PhoneCode.Issue(Phone, PhoneCodePurpose.Registration, null, Sent);

        code.Check(typed, Sent).ShouldBe(PhoneCodeCheck.Wrong);
        code.TriesLeft.ShouldBe(4);
    }

    [Fact]
    public void Only_a_compact_uzbek_number_gets_a_code()
    {
        Should.Throw<ArgumentException>(() => PhoneCode.Issue("+998 93 730 45 67", PhoneCodePurpose.Registration, null, Sent));
        Should.Throw<ArgumentException>(() => PhoneCode.Issue("+79991234567", PhoneCodePurpose.Registration, null, Sent));
    }

    [Fact]
    public void A_sent_sms_forgets_its_text_and_a_failed_one_waits_longer_each_time()
    {
        var sms = new OutboxSms(Guid.CreateVersion7(), Phone, "MigrationPortal: 123456", Sent);

        sms.MarkFailed(Sent, "HttpRequestException");
        sms.NextAttemptAt.ShouldBe(Sent.AddMinutes(1));
        sms.MarkFailed(Sent.AddMinutes(1), "HttpRequestException");
        sms.NextAttemptAt.ShouldBe(Sent.AddMinutes(3));
        sms.MarkSent(Sent.AddMinutes(3));

        sms.Text.ShouldBeEmpty();
        sms.Attempts.ShouldBe(3);
        sms.LastError.ShouldBeNull();
    }
}
