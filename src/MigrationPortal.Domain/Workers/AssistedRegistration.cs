using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Workers;

/// <summary>How the citizen registered at a branch consented to the processing of their data.</summary>
public enum AssistedConsentKind
{
    /// <summary>The code sent to the citizen's phone, read out to the officer, is the electronic consent.</summary>
    Code = 1,

    /// <summary>The citizen signed the paper form; its scan is kept with the record.</summary>
    SignedForm = 2,
}

/// <summary>What an officer entered for the citizen at the branch.</summary>
public enum AssistedSection
{
    Registration = 1,
    Personal = 2,
    Profession = 3,
    Language = 4,
    Education = 5,
    Work = 6,
}

/// <summary>One entry or change an officer made for the citizen, stored as made: who, for which unit, when.</summary>
public sealed record AssistedEntry
{
    public AssistedSection Section { get; init; }

    public Guid OfficerId { get; init; }

    public Guid UnitId { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>
/// A citizen account an officer of a territorial branch opened for a citizen who came in or called (issue 12): the
/// officers of that unit may fill the profile with the citizen present until the citizen first signs in themselves,
/// when the record is taken over and the officers' access to the account ends for good.
/// </summary>
public sealed class AssistedRegistration : ICitizenOwned
{
    private AssistedRegistration()
    {
    }

    public AssistedRegistration(Guid id, Guid citizenId, Guid officerId, Guid unitId, AssistedConsentKind consentKind, Guid? consentFileId, DateTimeOffset at)
    {
        if ((consentKind == AssistedConsentKind.SignedForm) != consentFileId.HasValue)
        {
            throw new ArgumentException("A signed form comes with its scan, and only a signed form does.", nameof(consentFileId));
        }

        Id = id;
        CitizenId = citizenId;
        OfficerId = officerId;
        UnitId = unitId;
        ConsentKind = consentKind;
        ConsentFileId = consentFileId;
        RegisteredAt = at;
        Entries = [new AssistedEntry { Section = AssistedSection.Registration, OfficerId = officerId, UnitId = unitId, At = at }];
    }

    public Guid Id { get; private set; }

    public Guid CitizenId { get; set; }

    /// <summary>The officer who registered the citizen.</summary>
    public Guid OfficerId { get; private set; }

    /// <summary>The branch whose officers may act on the account until it is taken over.</summary>
    public Guid UnitId { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public AssistedConsentKind ConsentKind { get; private set; }

    /// <summary>The scan of the signed consent form in the document store, for <see cref="AssistedConsentKind.SignedForm"/>.</summary>
    public Guid? ConsentFileId { get; private set; }

    /// <summary>When the citizen first signed in themselves; from then on no officer acts on the account.</summary>
    public DateTimeOffset? TakenOverAt { get; private set; }

    public List<AssistedEntry> Entries { get; private set; } = [];

    public bool IsTakenOver => TakenOverAt is not null;

    /// <summary>Marks an entry an officer of the record's unit made for the citizen; refused once the citizen took the account over.</summary>
    public void Mark(AssistedSection section, Guid officerId, Guid unitId, DateTimeOffset at)
    {
        RequireOpenTo(unitId);
        Entries = [.. Entries, new AssistedEntry { Section = section, OfficerId = officerId, UnitId = unitId, At = at }];
    }

    /// <summary>Only the record's own unit acts on the account, and only until the citizen takes it over.</summary>
    public void RequireOpenTo(Guid unitId)
    {
        if (unitId != UnitId)
        {
            throw new ArgumentException("Another unit's officer cannot act on this account.", nameof(unitId));
        }

        if (IsTakenOver)
        {
            throw new DomainRuleException("Rule.Assisted.TakenOver");
        }
    }
}
