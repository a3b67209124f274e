namespace MigrationPortal.Domain.Common;

/// <summary>A row that belongs to one partner employer (docs/design/domain.md, Who sees what).</summary>
public interface IEmployerOwned
{
    /// <summary>The owning employer's id; stamped on save from the signed-in user's claims.</summary>
    Guid OrganizationId { get; set; }
}

/// <summary>A row that belongs to one citizen.</summary>
public interface ICitizenOwned
{
    Guid CitizenId { get; set; }
}
