namespace MigrationPortal.Application.Accounts;

/// <summary>
/// How a change of a staff account is recorded: a status change of its own record type, from the old kind to the
/// new, whose reason lists the fields that changed (their names only: the record holds no personal data).
/// </summary>
public static class StaffAccountChanges
{
    public const string RecordType = "AccountDetails";

    /// <summary>A change of scope tells the person their new role; a change of details only what it now reads.</summary>
    public static string NoticeFor(Domain.Identity.UserKind kind, bool scopeChanged) =>
        scopeChanged ? $"Notice.Account.Role.{kind}" : "Notice.Account.Details";
}
