namespace MigrationPortal.Domain.Identity;

/// <summary>Who a portal account belongs to; each kind is also an Identity role of the same name.</summary>
public enum UserKind
{
    Citizen,
    EmployerStaff,
    EmployerAdmin,
    Officer,
    Supervisor,
    Administrator,
}

public static class UserKinds
{
    public static bool IsEmployer(this UserKind kind) => kind is UserKind.EmployerStaff or UserKind.EmployerAdmin;

    public static bool IsAgency(this UserKind kind) => kind is UserKind.Officer or UserKind.Supervisor or UserKind.Administrator;

    /// <summary>Staff accounts sign in with a second factor (docs/design/quality.md, Identity); citizens and employer staff may choose to.</summary>
    public static bool RequiresSecondFactor(this UserKind kind) =>
        kind is UserKind.Officer or UserKind.Supervisor or UserKind.Administrator or UserKind.EmployerAdmin;
}
