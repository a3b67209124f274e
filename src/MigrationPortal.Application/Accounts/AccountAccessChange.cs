namespace MigrationPortal.Application.Accounts;

public enum AccountAccessChange
{
    Disable,
    Enable,
    Unlock,
}
