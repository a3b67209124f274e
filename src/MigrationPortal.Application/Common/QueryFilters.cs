namespace MigrationPortal.Application.Common;

/// <summary>
/// The names of the database's query filters, for the rare use case that must look past one: switching a named
/// filter off leaves every other filter on (docs/design/architecture.md, trap 6).
/// </summary>
public static class QueryFilters
{
    /// <summary>Keeps each employer to its own rows.</summary>
    public const string Tenant = "Tenant";

    /// <summary>Keeps each citizen to their own rows.</summary>
    public const string Citizen = "Citizen";
}
