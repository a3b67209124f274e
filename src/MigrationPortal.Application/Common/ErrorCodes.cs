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
    public const string EmailOrPhoneFormat = "Validation.EmailOrPhoneFormat";
    public const string PasswordWeak = "Validation.PasswordWeak";
    public const string PasswordsDiffer = "Validation.PasswordsDiffer";
    public const string UnknownCountry = "Validation.UnknownCountry";
    public const string UnknownRegion = "Validation.UnknownRegion";
    public const string UnknownUnit = "Validation.UnknownUnit";
    public const string UnknownEmployer = "Validation.UnknownEmployer";
    public const string AgreementDates = "Validation.AgreementDates";
    public const string AccountTaken = "Validation.AccountTaken";
    public const string PasswordWrong = "Validation.PasswordWrong";
    public const string SamePhone = "Validation.SamePhone";

    public const string AssistedPhoneTaken = "Validation.AssistedPhoneTaken";
    public const string NumberChecksExhausted = "Validation.NumberChecksExhausted";
    public const string RegistrationNumberTaken = "Validation.RegistrationNumberTaken";
    public const string UnitKindPlace = "Validation.UnitKindPlace";
    public const string KindNeedsUnit = "Validation.KindNeedsUnit";
    public const string UnitKindForOfficer = "Validation.UnitKindForOfficer";
    public const string KindNeedsEmployer = "Validation.KindNeedsEmployer";
    public const string ResetLinkInvalid = "Validation.ResetLinkInvalid";
    public const string NotStaffKind = "Validation.NotStaffKind";
    public const string WorksiteNameTaken = "Validation.WorksiteNameTaken";
    public const string LatinLetters = "Validation.LatinLetters";
    public const string WorkingAge = "Validation.WorkingAge";
    public const string PinflFormat = "Validation.PinflFormat";
    public const string PinflCheckDigit = "Validation.PinflCheckDigit";
    public const string PinflBirthDate = "Validation.PinflBirthDate";
    public const string PinflDisagrees = "Validation.PinflDisagrees";
    public const string PinflTaken = "Validation.PinflTaken";
    public const string PassportFormat = "Validation.PassportFormat";
    public const string PassportTaken = "Validation.PassportTaken";
    public const string PassportIssuedInFuture = "Validation.PassportIssuedInFuture";
    public const string PassportExpiresBeforeIssue = "Validation.PassportExpiresBeforeIssue";
    public const string PassportExpired = "Validation.PassportExpired";
    public const string PassportExpiresSoon = "Validation.PassportExpiresSoon";
    public const string UnknownDistrict = "Validation.UnknownDistrict";
    public const string UnknownOccupation = "Validation.UnknownOccupation";
    public const string UnknownLanguage = "Validation.UnknownLanguage";
    public const string LevelNotOnScale = "Validation.LevelNotOnScale";
    public const string YearRange = "Validation.YearRange";
    public const string EndBeforeStart = "Validation.EndBeforeStart";
    public const string ChooseCountries = "Validation.ChooseCountries";
    public const string FileMissing = "Validation.FileMissing";
    public const string FileTooLarge = "Validation.FileTooLarge";
    public const string FileType = "Validation.FileType";
    public const string PhotoType = "Validation.PhotoType";
    public const string FileNamePath = "Validation.FileNamePath";
    public const string ConsentVersion = "Validation.ConsentVersion";
    public const string NotUzbekistan = "Validation.NotUzbekistan";
    public const string UnknownCurrency = "Validation.UnknownCurrency";
    public const string MinimumWageExists = "Validation.MinimumWageExists";
    public const string NotUsd = "Validation.NotUsd";
    public const string InterviewInFuture = "Validation.InterviewInFuture";
    public const string InterviewPlaceOrLink = "Validation.InterviewPlaceOrLink";
    public const string InterviewLinkHttps = "Validation.InterviewLinkHttps";
    public const string DateInFuture = "Validation.DateInFuture";
    public const string ExchangeRateExists = "Validation.ExchangeRateExists";
    public const string ProbationNotShorter = "Validation.ProbationNotShorter";
    public const string HousingCostWithoutHousing = "Validation.HousingCostWithoutHousing";
    public const string LevelNeedsLanguage = "Validation.LevelNeedsLanguage";
    public const string AgeNotForProgram = "Validation.AgeNotForProgram";
    public const string AgeRange = "Validation.AgeRange";
    public const string DeadlineInPast = "Validation.DeadlineInPast";
    public const string WebsiteUrl = "Validation.WebsiteUrl";
    public const string CodeFormat = "Validation.CodeFormat";
    public const string CodeWrong = "Validation.CodeWrong";
}
