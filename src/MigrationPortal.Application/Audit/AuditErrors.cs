namespace MigrationPortal.Application.Audit;

public static class AuditErrors
{
    public const string UnknownAction = "Validation.Audit.UnknownAction";
    public const string DateRange = "Validation.Audit.DateRange";
    public const string Cursor = "Validation.Audit.Cursor";
}
