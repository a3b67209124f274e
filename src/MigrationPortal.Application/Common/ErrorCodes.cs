namespace MigrationPortal.Application.Common;

/// <summary>
/// Error codes of the portal's own validation rules. The web layer turns each into a message in the
/// user's language; FluentValidation's built-in rules bring their own localized messages.
/// </summary>
public static class ErrorCodes
{
    public const string PhoneFormat = "Validation.PhoneFormat";
    public const string InternationalPhoneFormat = "Validation.InternationalPhoneFormat";
    public const string EmailOrPhoneRequired = "Validation.EmailOrPhoneRequired";
    public const string PasswordWeak = "Validation.PasswordWeak";
    public const string PasswordsDiffer = "Validation.PasswordsDiffer";
    public const string UnknownCountry = "Validation.UnknownCountry";
    public const string UnknownRegion = "Validation.UnknownRegion";
    public const string UnknownUnit = "Validation.UnknownUnit";
    public const string UnknownEmployer = "Validation.UnknownEmployer";
    public const string AgreementDates = "Validation.AgreementDates";
    public const string AccountTaken = "Validation.AccountTaken";
    public const string RegistrationNumberTaken = "Validation.RegistrationNumberTaken";
    public const string UnitKindPlace = "Validation.UnitKindPlace";
    public const string KindNeedsUnit = "Validation.KindNeedsUnit";
    public const string KindNeedsEmployer = "Validation.KindNeedsEmployer";
    public const string ResetLinkInvalid = "Validation.ResetLinkInvalid";
    public const string NotStaffKind = "Validation.NotStaffKind";
    public const string WorksiteNameTaken = "Validation.WorksiteNameTaken";
}
