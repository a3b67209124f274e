using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Organizations;

public enum AgencyUnitKind
{
    TerritorialBranch,
    RepresentativeOffice,
    TrainingCenter,
}

/// <summary>
/// A unit of the agency an officer belongs to: a territorial branch (one per territorial unit),
/// a representative office abroad (one per country) or an "Ishga Marhamat" training center.
/// </summary>
public sealed class AgencyUnit : ILocalizedName
{
    private AgencyUnit()
    {
    }

    public AgencyUnit(
        Guid id,
        AgencyUnitKind kind,
        LocalizedText name,
        int? regionId,
        string? countryCode)
    {
        Id = id;
        Kind = kind;
        Rename(name);
        Place(kind, regionId, countryCode);
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public AgencyUnitKind Kind { get; private set; }

    public string NameUzLatn { get; private set; } = "";

    public string NameUzCyrl { get; private set; } = "";

    public string NameRu { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    /// <summary>The territorial unit of a branch or training center.</summary>
    public int? RegionId { get; private set; }

    /// <summary>The country of a representative office.</summary>
    public string? CountryCode { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Where visitors find the unit, as the public contact page shows it.</summary>
    public string? Address { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Reception hours in the administrators' words, for example "Mon–Fri 9:00–18:00".</summary>
    public string? OpeningHours { get; private set; }

    public void Rename(LocalizedText name)
    {
        ArgumentNullException.ThrowIfNull(name);
        NameUzLatn = name.UzLatn;
        NameUzCyrl = name.UzCyrl;
        NameRu = name.Ru;
        NameEn = name.En;
    }

    public void Relocate(int? regionId, string? countryCode) => Place(Kind, regionId, countryCode);

    /// <summary>The contact details the public contact page lists; a blank detail is not shown.</summary>
    public void SetContact(string? address, string? phone, string? openingHours)
    {
        Address = Blank(address);
        Phone = Blank(phone);
        OpeningHours = Blank(openingHours);
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    private void Place(AgencyUnitKind kind, int? regionId, string? countryCode)
    {
        // A representative office sits in a country abroad; branches and centers in a territorial unit.
        if (kind == AgencyUnitKind.RepresentativeOffice)
        {
            if (string.IsNullOrWhiteSpace(countryCode))
            {
                throw new DomainRuleException("Rule.Unit.OfficeNeedsCountry");
            }

            RegionId = null;
            CountryCode = countryCode;
        }
        else
        {
            if (regionId is null)
            {
                throw new DomainRuleException("Rule.Unit.NeedsRegion");
            }

            RegionId = regionId;
            CountryCode = null;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
