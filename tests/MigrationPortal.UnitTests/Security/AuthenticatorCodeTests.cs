using System.Text;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Infrastructure.Identity;
using MigrationPortal.Testing;

namespace MigrationPortal.UnitTests.Security;

/// <summary>
/// Both TOTP implementations — the portal's and the tests' own authenticator — against RFC 6238's published SHA-1
/// test vectors (appendix B: the ASCII key "12345678901234567890", eight digits; the portal shows the last six).
/// </summary>
public sealed class AuthenticatorCodeTests
{
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    public static TheoryData<long, string> RfcVectors => new()
    {
        { 59, "94287082" },
        { 1111111109, "07081804" },
        { 1111111111, "14050471" },
        { 1234567890, "89005924" },
        { 2000000000, "69279037" },
        { 20000000000, "65353130" },
    };

    [Theory]
    [MemberData(nameof(RfcVectors))]
    public void The_test_authenticator_gives_the_RFC_6238_codes(long unixSeconds, string expected)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Totp.Code(RfcKey, step, digits: 8).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(RfcVectors))]
    public void The_portal_gives_the_last_six_digits_of_the_RFC_6238_codes(long unixSeconds, string expected)
    {
        var step = AuthenticatorCodes.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        AuthenticatorCodes.Compute(RfcKey, step).ToString("D6", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected[2..]);
    }

    [Fact]
    public void Both_read_a_base32_key_the_same_way()
    {
        var base32 = Totp.ToBase32(RfcKey);

        base32.ShouldBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        Totp.FromBase32(base32).ShouldBe(RfcKey);
        AuthenticatorCodes.DecodeKey(base32).ShouldBe(RfcKey);
        AuthenticatorCodes.DecodeKey("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").ShouldBe(RfcKey);
    }

    [Fact]
    public void A_key_with_a_letter_outside_base32_is_refused()
    {
        Should.Throw<FormatException>(() => AuthenticatorCodes.DecodeKey("GEZDGNBVGY3TQOJ1"));
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_code_up_to_two_steps_off_is_matched_to_its_own_step(int offset)
    {
        const long now = 56_000_000;
        var code = AuthenticatorCodes.Compute(RfcKey, now + offset);

        AuthenticatorCodes.MatchingStep(RfcKey, code, now).ShouldBe(now + offset);
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(3)]
    [InlineData(-40)]
    public void A_code_further_off_matches_no_step(int offset)
    {
        const long now = 56_000_000;
        var code = AuthenticatorCodes.Compute(RfcKey, now + offset);
        var window = Enumerable.Range(-AuthenticatorCodes.AllowedDrift, (2 * AuthenticatorCodes.AllowedDrift) + 1)
            .Select(o => AuthenticatorCodes.Compute(RfcKey, now + o));

        // A six-digit code may by chance also be that of a step in the window; these are not.
        window.ShouldNotContain(code);
        AuthenticatorCodes.MatchingStep(RfcKey, code, now).ShouldBeNull();
    }

    [Theory]
    [InlineData("123456", true)]
    [InlineData("123 456", true)]
    [InlineData("123-456", true)]
    [InlineData("12345", false)]
    [InlineData("1234567", false)]
    [InlineData("12345a", false)]
    [InlineData("١٢٣٤٥٦", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_typed_code_is_six_ascii_digits_with_an_optional_space_or_hyphen(string? typed, bool valid)
    {
        AuthenticatorCode.TryNormalize(typed, out _).ShouldBe(valid);
        AuthenticatorCodes.TryParseCode(typed, out _).ShouldBe(valid);
    }

    [Fact]
    public void The_test_authenticator_and_the_portal_agree_on_a_fresh_key_now()
    {
        var key = Totp.NewKey();
        var step = AuthenticatorCodes.StepAt(DateTimeOffset.UtcNow);

        Totp.Code(key, step).ShouldBe(AuthenticatorCodes.Compute(AuthenticatorCodes.DecodeKey(key), step).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
    }
}
