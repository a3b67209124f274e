using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.Workers;

/// <summary>
/// A citizen's one worker profile (docs/design/domain.md, Worker profile): Draft → Submitted → Verified, or Returned with
/// the officer's reasons → Submitted again. Only a Verified profile can apply abroad. PINFL and passport number
/// are held sealed (encrypted, with a keyed hash); this class never sees them in clear after the check.
/// </summary>
public sealed class WorkerProfile : StatusTracked, ICitizenOwned
{
    private WorkerProfile()
    {
    }

    public WorkerProfile(Guid citizenId, Guid by, DateTimeOffset at)
    {
        Id = citizenId;
        CitizenId = citizenId;
        Status = ProfileStatus.Draft;
        CreatedAt = at;
        UpdatedAt = at;
        RecordStatusChange(Id, null, Status.ToString(), by, at, null);
    }

    /// <summary>The same as the citizen's account id: one profile per citizen.</summary>
    public Guid Id { get; private set; }

    public Guid CitizenId { get; set; }

    public ProfileStatus Status { get; private set; }

    public string? LastName { get; private set; }

    public string? FirstName { get; private set; }

    public string? Patronymic { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public Sex? Sex { get; private set; }

    public string? Phone { get; private set; }

    public int? RegionId { get; private set; }

    public int? DistrictId { get; private set; }

    /// <summary>The territorial branch whose officers verify this profile (the one of the region of residence).</summary>
    public Guid? UnitId { get; private set; }

    public string? PinflCipher { get; private set; }

    public byte[]? PinflHash { get; private set; }

    public string? PassportCipher { get; private set; }

    public byte[]? PassportHash { get; private set; }

    public DateOnly? PassportIssuedOn { get; private set; }

    public DateOnly? PassportExpiresOn { get; private set; }

    public List<Education> Educations { get; private set; } = [];

    public List<WorkExperience> WorkHistory { get; private set; } = [];

    public List<ProfessionSkill> Professions { get; private set; } = [];

    public List<LanguageSkill> Languages { get; private set; } = [];

    /// <summary>ISO 3166-1 alpha-2 codes of the countries the citizen would work in.</summary>
    public List<string> PreferredCountries { get; private set; } = [];

    /// <summary>The professions' codes, kept beside the JSON so the officers' queue can filter on an index.</summary>
    public List<string> OccupationCodes { get; private set; } = [];

    public List<ReturnReason> ReturnReasons { get; private set; } = [];

    /// <summary>False once the citizen withdraws consent: processing stops and the profile leaves every queue.</summary>
    public bool ConsentActive { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>
    /// Who vouched for the names, birth date, sex and PINFL ("OneID"), or null while the citizen typed them: once set,
    /// the citizen cannot change them by hand, only the source again (docs/design/domain.md, Worker profile).
    /// </summary>
    public string? IdentitySource { get; private set; }

    /// <summary>When <see cref="IdentitySource"/> last confirmed them.</summary>
    public DateTimeOffset? IdentityConfirmedAt { get; private set; }

    public bool IsIdentityLocked => IdentitySource is not null;

    public bool IsEditable => Status is not ProfileStatus.Submitted;

    public void UpdatePersonal(PersonalDetails details, Pinfl pinfl, SealedValue sealedPinfl, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(pinfl);
        ArgumentNullException.ThrowIfNull(sealedPinfl);
        if (!pinfl.AgreesWith(details.BirthDate, details.Sex))
        {
            throw new DomainRuleException("Rule.Profile.PinflDisagrees");
        }

        if (IsIdentityLocked && !HasIdentity(details.LastName, details.FirstName, details.Patronymic, pinfl, sealedPinfl))
        {
            throw new DomainRuleException("Rule.Profile.IdentityLocked");
        }

        BeginEdit(by, at);
        LastName = details.LastName.Trim();
        FirstName = details.FirstName.Trim();
        Patronymic = string.IsNullOrWhiteSpace(details.Patronymic) ? null : details.Patronymic.Trim();
        BirthDate = details.BirthDate;
        Sex = details.Sex;
        Phone = details.Phone;
        RegionId = details.RegionId;
        DistrictId = details.DistrictId;
        UnitId = details.UnitId;
        PinflCipher = sealedPinfl.Cipher;
        PinflHash = sealedPinfl.LookupHash;
    }

    /// <summary>
    /// The names, birth date, sex and PINFL as an identity provider vouches for them (<paramref name="source"/>, e.g.
    /// "OneID"), locking them against hand edits. The same values (names in any letter case) only renew the
    /// confirmation; changed ones are an edit (a verified profile goes back to Draft), and none is possible while
    /// officers review the profile.
    /// </summary>
    /// <returns>False when the values changed but the profile is under review, so nothing was changed.</returns>
    public bool ConfirmIdentity(string source, string lastName, string firstName, string? patronymic, Pinfl pinfl, SealedValue sealedPinfl, Guid by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        ArgumentNullException.ThrowIfNull(pinfl);
        ArgumentNullException.ThrowIfNull(sealedPinfl);
        if (!HasIdentity(lastName, firstName, patronymic, pinfl, sealedPinfl))
        {
            if (Status == ProfileStatus.Submitted)
            {
                return false;
            }

            BeginEdit(by, at);
            BirthDate = pinfl.BirthDate;
            Sex = pinfl.Sex;
            PinflCipher = sealedPinfl.Cipher;
            PinflHash = sealedPinfl.LookupHash;
        }

        // The same names written in other letter case are the same person's: OneID's spelling, with no new review.
        if (Status != ProfileStatus.Submitted)
        {
            LastName = lastName.Trim();
            FirstName = firstName.Trim();
            Patronymic = string.IsNullOrWhiteSpace(patronymic) ? null : patronymic.Trim();
        }

        IdentitySource = source;
        IdentityConfirmedAt = at;
        return true;
    }

    // The keyed hash tells whether the PINFL is the same without unsealing the stored one.
    private bool HasIdentity(string lastName, string firstName, string? patronymic, Pinfl pinfl, SealedValue sealedPinfl) =>
        string.Equals(LastName, lastName.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(FirstName, firstName.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(Patronymic, string.IsNullOrWhiteSpace(patronymic) ? null : patronymic.Trim(), StringComparison.OrdinalIgnoreCase)
        && BirthDate == pinfl.BirthDate && Sex == pinfl.Sex
        && PinflHash is { } hash && hash.AsSpan().SequenceEqual(sealedPinfl.LookupHash);

    public void UpdatePassport(SealedValue sealedPassport, DateOnly issuedOn, DateOnly expiresOn, DateOnly today, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sealedPassport);
        var problem = PassportValidity.Check(issuedOn, expiresOn, today);
        if (problem != PassportDateProblem.None)
        {
            throw new DomainRuleException($"Rule.Passport.{problem}", PassportValidity.MinimumMonthsLeft);
        }

        BeginEdit(by, at);
        PassportCipher = sealedPassport.Cipher;
        PassportHash = sealedPassport.LookupHash;
        PassportIssuedOn = issuedOn;
        PassportExpiresOn = expiresOn;
    }

    public void AddEducation(Education education, Guid by, DateTimeOffset at)
    {
        BeginEdit(by, at);
        Educations = [.. Educations, education];
    }

    public void AddWork(WorkExperience work, Guid by, DateTimeOffset at)
    {
        BeginEdit(by, at);
        WorkHistory = [.. WorkHistory, work];
    }

    public void AddProfession(ProfessionSkill profession, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(profession);
        if (Professions.Any(p => p.OccupationCode == profession.OccupationCode))
        {
            throw new DomainRuleException("Rule.Profile.ProfessionTwice");
        }

        BeginEdit(by, at);
        Professions = [.. Professions, profession];
        OccupationCodes = [.. Professions.Select(p => p.OccupationCode)];
    }

    public void AddLanguage(LanguageSkill language, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Languages.Any(l => l.LanguageCode == language.LanguageCode))
        {
            throw new DomainRuleException("Rule.Profile.LanguageTwice");
        }

        BeginEdit(by, at);
        Languages = [.. Languages, language];
    }

    /// <summary>Removes an entry of any list (education, work, profession, language) by its id.</summary>
    public void RemoveEntry(Guid entryId, Guid by, DateTimeOffset at)
    {
        if (!Educations.Any(e => e.Id == entryId) && !WorkHistory.Any(e => e.Id == entryId)
            && !Professions.Any(e => e.Id == entryId) && !Languages.Any(e => e.Id == entryId))
        {
            throw new DomainRuleException("Rule.Profile.NoSuchEntry");
        }

        BeginEdit(by, at);
        Educations = [.. Educations.Where(e => e.Id != entryId)];
        WorkHistory = [.. WorkHistory.Where(e => e.Id != entryId)];
        Professions = [.. Professions.Where(e => e.Id != entryId)];
        Languages = [.. Languages.Where(e => e.Id != entryId)];
        OccupationCodes = [.. Professions.Select(p => p.OccupationCode)];
    }

    public void SetPreferredCountries(IReadOnlyCollection<string> countryCodes, Guid by, DateTimeOffset at)
    {
        BeginEdit(by, at);
        PreferredCountries = [.. countryCodes.Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>A document may change only while the profile is not under review; see <see cref="BeginEdit"/>.</summary>
    public void NoteDocumentChanged(Guid by, DateTimeOffset at) => BeginEdit(by, at);

    public void GiveConsent(DateTimeOffset at)
    {
        ConsentActive = true;
        UpdatedAt = at;
    }

    /// <summary>Withdrawing consent stops processing: a profile waiting for review goes back to Draft.</summary>
    public void WithdrawConsent(Guid by, DateTimeOffset at)
    {
        ConsentActive = false;
        UpdatedAt = at;
        if (Status == ProfileStatus.Submitted)
        {
            MoveTo(ProfileStatus.Draft, by, at, "ConsentWithdrawn");
            SubmittedAt = null;
        }
    }

    /// <summary>What is still missing, given the kinds of documents the citizen has uploaded.</summary>
    public IReadOnlyList<ProfileRequirement> Missing(IReadOnlyCollection<DocumentKind> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var missing = new List<ProfileRequirement>();
        if (LastName is null || PinflCipher is null || UnitId is null || Phone is null)
        {
            missing.Add(ProfileRequirement.Personal);
        }

        if (PassportCipher is null)
        {
            missing.Add(ProfileRequirement.Passport);
        }

        if (Educations.Count == 0)
        {
            missing.Add(ProfileRequirement.Education);
        }

        if (Professions.Count == 0)
        {
            missing.Add(ProfileRequirement.Profession);
        }

        if (Languages.Count == 0)
        {
            missing.Add(ProfileRequirement.Language);
        }

        if (PreferredCountries.Count == 0)
        {
            missing.Add(ProfileRequirement.Countries);
        }

        if (!documents.Contains(DocumentKind.PassportScan))
        {
            missing.Add(ProfileRequirement.PassportScan);
        }

        if (!documents.Contains(DocumentKind.Photo))
        {
            missing.Add(ProfileRequirement.Photo);
        }

        if (!ConsentActive)
        {
            missing.Add(ProfileRequirement.Consent);
        }

        return missing;
    }

    public void Submit(IReadOnlyCollection<DocumentKind> documents, Guid by, DateTimeOffset at)
    {
        if (Status is not (ProfileStatus.Draft or ProfileStatus.Returned))
        {
            throw InvalidTransition(ProfileStatus.Submitted);
        }

        if (Missing(documents).Count > 0)
        {
            throw new DomainRuleException("Rule.Profile.Incomplete");
        }

        MoveTo(ProfileStatus.Submitted, by, at, null);
        SubmittedAt = at;
        UpdatedAt = at;
    }

    public void Verify(Guid by, DateTimeOffset at)
    {
        RequireUnderReview(ProfileStatus.Verified);
        MoveTo(ProfileStatus.Verified, by, at, null);
        ReturnReasons = [];
        DecidedAt = at;
        DecidedBy = by;
    }

    public void Return(IReadOnlyCollection<ReturnReason> reasons, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        RequireUnderReview(ProfileStatus.Returned);
        if (reasons.Count == 0 || reasons.Any(r => string.IsNullOrWhiteSpace(r.Reason)))
        {
            throw new DomainRuleException("Rule.Profile.ReturnNeedsReason");
        }

        MoveTo(ProfileStatus.Returned, by, at, string.Join("; ", reasons.Select(r => r.Section.ToString())));
        ReturnReasons = [.. reasons.Select(r => new ReturnReason { Section = r.Section, Reason = r.Reason.Trim() })];
        DecidedAt = at;
        DecidedBy = by;
    }

    /// <summary>
    /// Nothing changes while officers review it. A change to a verified profile sends it back to Draft: what an
    /// officer verified is no longer what the profile says.
    /// </summary>
    private void BeginEdit(Guid by, DateTimeOffset at)
    {
        if (Status == ProfileStatus.Submitted)
        {
            throw new DomainRuleException("Rule.Profile.UnderReview");
        }

        if (Status == ProfileStatus.Verified)
        {
            MoveTo(ProfileStatus.Draft, by, at, "ChangedAfterVerification");
        }

        UpdatedAt = at;
    }

    private void RequireUnderReview(ProfileStatus target)
    {
        if (Status != ProfileStatus.Submitted || !ConsentActive)
        {
            throw InvalidTransition(target);
        }
    }

    private DomainRuleException InvalidTransition(ProfileStatus target) =>
        new("Rule.Profile.InvalidTransition", $"ProfileStatus.{Status}", $"ProfileStatus.{target}");

    private void MoveTo(ProfileStatus target, Guid by, DateTimeOffset at, string? reason)
    {
        RecordStatusChange(Id, Status.ToString(), target.ToString(), by, at, reason);
        Status = target;
    }
}
