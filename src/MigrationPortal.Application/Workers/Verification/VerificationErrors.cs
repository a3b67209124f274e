namespace MigrationPortal.Application.Workers.Verification;

/// <summary>The verification forms' own validation codes; each has a text in the web resources.</summary>
public static class VerificationErrors
{
    public const string ReturnReasonRequired = "Validation.ReturnReasonRequired";
}
