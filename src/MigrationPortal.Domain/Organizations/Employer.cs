using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Organizations;

public enum EmployerStatus
{
    Active,
    Suspended,
}

/// <summary>
/// A partner employer: a foreign company with a cooperation agreement, and a tenant of the portal.
/// Its id is the organization id carried by every row it owns.
/// </summary>
public sealed class Employer : StatusTracked
{
    private Employer()
    {
    }

    public Employer(Guid id, EmployerDetails details, Guid createdBy, DateTimeOffset createdAt)
    {
        Id = id;
        Update(details);
        Status = EmployerStatus.Active;
        RecordStatusChange(id, null, Status.ToString(), createdBy, createdAt, null);
    }

    public Guid Id { get; private set; }

    public string LegalName { get; private set; } = "";

    public string CountryCode { get; private set; } = "";

    public string RegistrationNumber { get; private set; } = "";

    public string AgreementNumber { get; private set; } = "";

    public DateOnly AgreementValidFrom { get; private set; }

    public DateOnly AgreementValidTo { get; private set; }

    public string ContactName { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public string? ContactPhone { get; private set; }

    public EmployerStatus Status { get; private set; }

    /// <summary>The public profile the employer keeps: what citizens read on its vacancies.</summary>
    public string? Description { get; private set; }

    public string? City { get; private set; }

    public string? Sector { get; private set; }

    public string? Website { get; private set; }

    public uint Version { get; private set; }

    public void Update(EmployerDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.AgreementValidTo <= details.AgreementValidFrom)
        {
            throw new DomainRuleException("Rule.Employer.AgreementDates");
        }

        LegalName = details.LegalName.Trim();
        CountryCode = details.CountryCode;
        RegistrationNumber = details.RegistrationNumber.Trim();
        AgreementNumber = details.AgreementNumber.Trim();
        AgreementValidFrom = details.AgreementValidFrom;
        AgreementValidTo = details.AgreementValidTo;
        ContactName = details.ContactName.Trim();
        ContactEmail = details.ContactEmail.Trim();
        ContactPhone = string.IsNullOrWhiteSpace(details.ContactPhone) ? null : details.ContactPhone.Trim();
    }

    public void UpdatePublicProfile(string? description, string? city, string? sector, string? website)
    {
        Description = Blank(description);
        City = Blank(city);
        Sector = Blank(sector);
        Website = Blank(website);
    }

    public void Suspend(Guid by, DateTimeOffset at, string reason) =>
        MoveTo(EmployerStatus.Suspended, EmployerStatus.Active, by, at, reason);

    public void Reactivate(Guid by, DateTimeOffset at, string? reason) =>
        MoveTo(EmployerStatus.Active, EmployerStatus.Suspended, by, at, reason);

    public bool AgreementCoversDate(DateOnly date) => date >= AgreementValidFrom && date <= AgreementValidTo;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void MoveTo(EmployerStatus target, EmployerStatus requiredCurrent, Guid by, DateTimeOffset at, string? reason)
    {
        if (Status != requiredCurrent)
        {
            throw new DomainRuleException("Rule.InvalidTransition", Status.ToString(), target.ToString());
        }

        RecordStatusChange(Id, Status.ToString(), target.ToString(), by, at, reason);
        Status = target;
    }
}

public sealed record EmployerDetails(
    string LegalName,
    string CountryCode,
    string RegistrationNumber,
    string AgreementNumber,
    DateOnly AgreementValidFrom,
    DateOnly AgreementValidTo,
    string ContactName,
    string ContactEmail,
    string? ContactPhone);
