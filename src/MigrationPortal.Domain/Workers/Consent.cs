using System.Net;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Workers;

/// <summary>A published version of the consent text to the processing of personal data; never edited, only superseded.</summary>
public sealed class ConsentText
{
    public required string Version { get; init; }

    public DateOnly PublishedOn { get; init; }

    public required string TextUzLatn { get; init; }

    public required string TextUzCyrl { get; init; }

    public required string TextRu { get; init; }

    public required string TextEn { get; init; }
}

/// <summary>A citizen's consent to one version of the text: when given and, if so, when withdrawn.</summary>
public sealed class ConsentRecord : ICitizenOwned
{
    private ConsentRecord()
    {
    }

    public ConsentRecord(Guid id, Guid citizenId, string version, DateTimeOffset givenAt)
    {
        Id = id;
        CitizenId = citizenId;
        Version = version;
        GivenAt = givenAt;
    }

    public Guid Id { get; private set; }

    public Guid CitizenId { get; set; }

    public string Version { get; private set; } = "";

    public DateTimeOffset GivenAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    public void Withdraw(DateTimeOffset at)
    {
        if (WithdrawnAt is not null)
        {
            throw new DomainRuleException("Rule.Consent.AlreadyWithdrawn");
        }

        WithdrawnAt = at;
    }
}

/// <summary>
/// A look at a citizen's personal data, or a change of their record, by someone other than the citizen: staff,
/// an employer's user, or another account trying a number already theirs (docs/design/quality.md, Personal data: every staff view of a
/// citizen's personal data writes an audit row). Written once, never changed.
/// </summary>
public sealed class PersonalDataAccess
{
    private PersonalDataAccess()
    {
    }

    public PersonalDataAccess(Guid viewerId, Guid citizenId, string action, string? subject, DateTimeOffset at, IPAddress? clientAddress)
    {
        ViewerId = viewerId;
        CitizenId = citizenId;
        Action = action;
        Subject = subject;
        At = at;
        ClientAddress = clientAddress;
    }

    public long Id { get; private set; }

    public Guid ViewerId { get; private set; }

    public Guid CitizenId { get; private set; }

    /// <summary>What was looked at or done: one of the audit's named actions ("ViewProfile", "DownloadDocument", …).</summary>
    public string Action { get; private set; } = "";

    /// <summary>What the action was about, when it says: a document kind, a status, a job order's id.</summary>
    public string? Subject { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The address the request came from, as the portal saw it; none outside a request.</summary>
    public IPAddress? ClientAddress { get; private set; }
}
