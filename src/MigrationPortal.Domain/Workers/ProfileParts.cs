namespace MigrationPortal.Domain.Workers;

public enum ProfileStatus
{
    Draft,
    Submitted,
    Returned,
    Verified,
}

public enum EducationLevel
{
    Secondary,
    Vocational,
    Bachelor,
    Master,
    Doctorate,
}

public enum DocumentKind
{
    PassportScan,
    Photo,
    Diploma,
    MedicalCertificate,
    LanguageCertificate,
    PoliceClearance,
}

/// <summary>The parts of a profile an officer can return with a reason, and the steps the citizen fills.</summary>
public enum ProfileSection
{
    Personal,
    Passport,
    Education,
    WorkHistory,
    Professions,
    Languages,
    Countries,
    Documents,
}

/// <summary>What a profile still lacks before it can be submitted.</summary>
public enum ProfileRequirement
{
    Personal,
    Passport,
    Education,
    Profession,
    Language,
    Countries,
    PassportScan,
    Photo,
    Consent,
}

public sealed class Education
{
    public Guid Id { get; init; }

    public EducationLevel Level { get; init; }

    public required string Field { get; init; }

    public required string Institution { get; init; }

    public int GraduationYear { get; init; }
}

public sealed class WorkExperience
{
    public Guid Id { get; init; }

    public required string Employer { get; init; }

    public required string Position { get; init; }

    public required string CountryCode { get; init; }

    public int StartYear { get; init; }

    /// <summary>Null while the citizen still works there.</summary>
    public int? EndYear { get; init; }
}

public sealed class ProfessionSkill
{
    public Guid Id { get; init; }

    /// <summary>An ISCO-08 unit group code.</summary>
    public required string OccupationCode { get; init; }

    public int YearsOfExperience { get; init; }
}

public sealed class LanguageSkill
{
    public Guid Id { get; init; }

    public required string LanguageCode { get; init; }

    /// <summary>A level on the language's own scale (CEFR, TOPIK, JLPT).</summary>
    public int LevelId { get; init; }

    /// <summary>The certificate that proves the level, as the citizen names it; null when there is none.</summary>
    public string? Certificate { get; init; }
}

/// <summary>An officer's reason for returning one part of a profile.</summary>
public sealed class ReturnReason
{
    public ProfileSection Section { get; init; }

    public required string Reason { get; init; }
}

/// <summary>What the citizen enters about themselves on the first step.</summary>
public sealed record PersonalDetails(
    string LastName,
    string FirstName,
    string? Patronymic,
    DateOnly BirthDate,
    Sex Sex,
    string Phone,
    int RegionId,
    int DistrictId,
    Guid UnitId);

/// <summary>A personal number as the database keeps it: encrypted, and a keyed hash for look-ups.</summary>
public sealed record SealedValue(string Cipher, byte[] LookupHash);
