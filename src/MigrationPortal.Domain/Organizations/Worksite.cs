using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Organizations;

/// <summary>
/// A place where a partner employer's workers live and work: the address job orders will point to.
/// Private to its employer.
/// </summary>
public sealed class Worksite : IEmployerOwned
{
    private Worksite()
    {
    }

    public Worksite(Guid id, WorksiteDetails details)
    {
        Id = id;
        Update(details);
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; set; }

    public string Name { get; private set; } = "";

    public string CountryCode { get; private set; } = "";

    public string City { get; private set; } = "";

    public string Address { get; private set; } = "";

    public bool HousingProvided { get; private set; }

    public uint Version { get; private set; }

    public void Update(WorksiteDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = details.Name.Trim();
        CountryCode = details.CountryCode;
        City = details.City.Trim();
        Address = details.Address.Trim();
        HousingProvided = details.HousingProvided;
    }
}

public sealed record WorksiteDetails(string Name, string CountryCode, string City, string Address, bool HousingProvided);
