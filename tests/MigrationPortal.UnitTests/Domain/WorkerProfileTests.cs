using System.Globalization;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.UnitTests.Domain;

public sealed class WorkerProfileTests
{
    private static readonly DateTimeOffset Later = WorkerProfileBuilder.Start.AddDays(3);
    private static readonly Guid Citizen = WorkerProfileBuilder.Citizen;
    private static readonly Guid Officer = WorkerProfileBuilder.Officer;

    public enum ProfileAction
    {
        Submit,
        Verify,
        Return,
        Edit,
        WithdrawConsent,
    }

    public enum EditKind
    {
        UpdatePersonal,
        UpdatePassport,
        AddEducation,
        AddWork,
        AddProfession,
        AddLanguage,
        RemoveEntry,
        SetPreferredCountries,
        NoteDocumentChanged,
    }

    // With Stays and Refusals, every (status × action) pair appears exactly once.
    public static TheoryData<ProfileStatus, ProfileAction, ProfileStatus, string?> Moves => new()
    {
        { ProfileStatus.Draft, ProfileAction.Submit, ProfileStatus.Submitted, null },
        { ProfileStatus.Returned, ProfileAction.Submit, ProfileStatus.Submitted, null },
        { ProfileStatus.Submitted, ProfileAction.Verify, ProfileStatus.Verified, null },
        { ProfileStatus.Submitted, ProfileAction.Return, ProfileStatus.Returned, "Passport; Documents" },
        { ProfileStatus.Submitted, ProfileAction.WithdrawConsent, ProfileStatus.Draft, "ConsentWithdrawn" },
        { ProfileStatus.Verified, ProfileAction.Edit, ProfileStatus.Draft, "ChangedAfterVerification" },
    };

    public static TheoryData<ProfileStatus, ProfileAction> Stays => new()
    {
        { ProfileStatus.Draft, ProfileAction.Edit },
        { ProfileStatus.Draft, ProfileAction.WithdrawConsent },
        { ProfileStatus.Returned, ProfileAction.Edit },
        { ProfileStatus.Returned, ProfileAction.WithdrawConsent },
        { ProfileStatus.Verified, ProfileAction.WithdrawConsent },
    };

    public static TheoryData<ProfileStatus, ProfileAction, string> Refusals => new()
    {
        { ProfileStatus.Draft, ProfileAction.Verify, "Rule.Profile.InvalidTransition" },
        { ProfileStatus.Draft, ProfileAction.Return, "Rule.Profile.InvalidTransition" },
        { ProfileStatus.Submitted, ProfileAction.Submit, "Rule.Profile.InvalidTransition" },
        { ProfileStatus.Submitted, ProfileAction.Edit, "Rule.Profile.UnderReview" },
        { ProfileStatus.Returned, ProfileAction.Verify, "Rule.Profile.InvalidTransition" },
        { ProfileStatus.Returned, ProfileAction.Return, "Rule.Profile.InvalidTransition" },
        { ProfileStatus.Verified, ProfileAction.Submit, "Rule.Profile.InvalidTransition" },
        { ProfileStatus.Verified, ProfileAction.Verify, "Rule.Profile.InvalidTransition" },
        { ProfileStatus.Verified, ProfileAction.Return, "Rule.Profile.InvalidTransition" },
    };

    [Fact]
    public void A_new_profile_is_a_draft_and_its_creation_is_recorded()
    {
        var profile = new WorkerProfile(Citizen, Citizen, WorkerProfileBuilder.Start);

        profile.Status.ShouldBe(ProfileStatus.Draft);
        profile.IsEditable.ShouldBeTrue();
        var change = profile.TakePendingStatusChanges().ShouldHaveSingleItem();
        (change.EntityType, change.EntityId, change.FromStatus, change.ToStatus, change.ChangedBy, change.ChangedAt)
            .ShouldBe(("WorkerProfile", Citizen, (string?)null, "Draft", (Guid?)Citizen, WorkerProfileBuilder.Start));
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void Allowed_transitions_move_and_record_who_when_from_to_why(ProfileStatus from, ProfileAction action, ProfileStatus to, string? reason)
    {
        var profile = new WorkerProfileBuilder().In(from).Build();

        Act(profile, action);

        profile.Status.ShouldBe(to);
        var change = profile.TakePendingStatusChanges().ShouldHaveSingleItem();
        (change.EntityId, change.FromStatus, change.ToStatus, change.ChangedBy, change.ChangedAt, change.Reason)
            .ShouldBe((profile.Id, from.ToString(), to.ToString(), (Guid?)Actor(action), Later, reason));
    }

    [Theory]
    [MemberData(nameof(Stays))]
    public void Edits_and_withdrawals_outside_review_keep_the_status_and_record_no_change(ProfileStatus from, ProfileAction action)
    {
        var profile = new WorkerProfileBuilder().In(from).Build();

        Act(profile, action);

        profile.Status.ShouldBe(from);
        profile.TakePendingStatusChanges().ShouldBeEmpty();
        profile.UpdatedAt.ShouldBe(Later);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refused_transitions_say_why_and_change_nothing(ProfileStatus from, ProfileAction action, string messageKey)
    {
        var profile = new WorkerProfileBuilder().In(from).Build();
        var before = Snapshot(profile);

        var refused = Should.Throw<DomainRuleException>(() => Act(profile, action));

        refused.MessageKey.ShouldBe(messageKey);
        if (messageKey == "Rule.Profile.InvalidTransition")
        {
            refused.Arguments[0].ShouldBe($"ProfileStatus.{from}");
        }

        Snapshot(profile).ShouldBe(before);
        profile.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Fact]
    public void Submitting_dates_the_submission_and_verifying_records_the_officers_decision()
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Returned).Build();
        profile.ReturnReasons.ShouldNotBeEmpty();

        profile.Submit(WorkerProfileBuilder.RequiredDocuments, Citizen, Later);
        profile.Verify(Officer, Later.AddHours(2));

        profile.SubmittedAt.ShouldBe(Later);
        (profile.DecidedAt, profile.DecidedBy).ShouldBe((Later.AddHours(2), (Guid?)Officer));
        profile.ReturnReasons.ShouldBeEmpty();
    }

    [Fact]
    public void Returning_keeps_each_reason_trimmed_for_the_citizen_to_read()
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Submitted).Build();

        profile.Return([new ReturnReason { Section = ProfileSection.Passport, Reason = "  Pasport muddati noto‘g‘ri kiritilgan " }], Officer, Later);

        var reason = profile.ReturnReasons.ShouldHaveSingleItem();
        (reason.Section, reason.Reason).ShouldBe((ProfileSection.Passport, "Pasport muddati noto‘g‘ri kiritilgan"));
        (profile.DecidedAt, profile.DecidedBy).ShouldBe((Later, (Guid?)Officer));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Returning_without_a_reason_is_refused_and_changes_nothing(int variant)
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Submitted).Build();
        ReturnReason[] reasons = variant switch
        {
            0 => [],
            1 => [new ReturnReason { Section = ProfileSection.Personal, Reason = "   " }],
            _ => [new ReturnReason { Section = ProfileSection.Personal, Reason = "Familiya xato" }, new ReturnReason { Section = ProfileSection.Documents, Reason = "" }],
        };

        Should.Throw<DomainRuleException>(() => profile.Return(reasons, Officer, Later)).MessageKey.ShouldBe("Rule.Profile.ReturnNeedsReason");

        profile.Status.ShouldBe(ProfileStatus.Submitted);
        profile.ReturnReasons.ShouldBeEmpty();
        profile.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Fact]
    public void Withdrawing_consent_takes_a_submitted_profile_out_of_the_queue_and_it_cannot_be_verified()
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Submitted).Build();

        profile.WithdrawConsent(Citizen, Later);

        (profile.Status, profile.ConsentActive, profile.SubmittedAt).ShouldBe((ProfileStatus.Draft, false, (DateTimeOffset?)null));
        profile.TakePendingStatusChanges();
        Should.Throw<DomainRuleException>(() => profile.Verify(Officer, Later.AddHours(1))).MessageKey.ShouldBe("Rule.Profile.InvalidTransition");
        profile.Status.ShouldBe(ProfileStatus.Draft);
        profile.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Fact]
    public void Without_consent_a_profile_cannot_be_submitted_again_until_consent_is_given()
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Submitted).Build();
        profile.WithdrawConsent(Citizen, Later);
        profile.TakePendingStatusChanges();

        Should.Throw<DomainRuleException>(() => profile.Submit(WorkerProfileBuilder.RequiredDocuments, Citizen, Later)).MessageKey.ShouldBe("Rule.Profile.Incomplete");
        profile.Missing(WorkerProfileBuilder.RequiredDocuments).ShouldBe([ProfileRequirement.Consent]);

        profile.GiveConsent(Later.AddHours(1));
        profile.Submit(WorkerProfileBuilder.RequiredDocuments, Citizen, Later.AddHours(2));
        profile.Status.ShouldBe(ProfileStatus.Submitted);
    }

    [Fact]
    public void A_blank_profile_lacks_everything()
    {
        var profile = new WorkerProfile(Citizen, Citizen, WorkerProfileBuilder.Start);

        profile.Missing([]).ShouldBe(
        [
            ProfileRequirement.Personal, ProfileRequirement.Passport, ProfileRequirement.Education, ProfileRequirement.Profession,
            ProfileRequirement.Language, ProfileRequirement.Countries, ProfileRequirement.PassportScan, ProfileRequirement.Photo,
            ProfileRequirement.Consent,
        ]);
    }

    [Theory]
    [InlineData(ProfileRequirement.Personal)]
    [InlineData(ProfileRequirement.Passport)]
    [InlineData(ProfileRequirement.Education)]
    [InlineData(ProfileRequirement.Profession)]
    [InlineData(ProfileRequirement.Language)]
    [InlineData(ProfileRequirement.Countries)]
    [InlineData(ProfileRequirement.Consent)]
    public void An_incomplete_profile_is_not_submitted_and_Missing_names_exactly_what_lacks(ProfileRequirement lacking)
    {
        var builder = new WorkerProfileBuilder();
        var profile = (lacking switch
        {
            ProfileRequirement.Personal => builder.WithoutPersonal(),
            ProfileRequirement.Passport => builder.WithoutPassport(),
            ProfileRequirement.Education => builder.WithoutEducation(),
            ProfileRequirement.Profession => builder.WithoutProfession(),
            ProfileRequirement.Language => builder.WithoutLanguage(),
            ProfileRequirement.Countries => builder.WithoutCountries(),
            _ => builder.WithoutConsent(),
        }).Build();

        profile.Missing(WorkerProfileBuilder.RequiredDocuments).ShouldBe([lacking]);
        Should.Throw<DomainRuleException>(() => profile.Submit(WorkerProfileBuilder.RequiredDocuments, Citizen, Later)).MessageKey.ShouldBe("Rule.Profile.Incomplete");
        (profile.Status, profile.SubmittedAt).ShouldBe((ProfileStatus.Draft, (DateTimeOffset?)null));
        profile.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(new DocumentKind[] { DocumentKind.Photo }, new[] { ProfileRequirement.PassportScan })]
    [InlineData(new DocumentKind[] { DocumentKind.PassportScan, DocumentKind.Diploma }, new[] { ProfileRequirement.Photo })]
    [InlineData(new DocumentKind[] { DocumentKind.Diploma, DocumentKind.MedicalCertificate }, new[] { ProfileRequirement.PassportScan, ProfileRequirement.Photo })]
    public void The_passport_scan_and_the_photo_are_the_documents_a_submission_needs(DocumentKind[] uploaded, ProfileRequirement[] lacking)
    {
        var profile = new WorkerProfileBuilder().Build();

        profile.Missing(uploaded).ShouldBe(lacking);
        Should.Throw<DomainRuleException>(() => profile.Submit(uploaded, Citizen, Later)).MessageKey.ShouldBe("Rule.Profile.Incomplete");
        profile.Status.ShouldBe(ProfileStatus.Draft);
    }

    [Theory]
    [InlineData(EditKind.UpdatePersonal)]
    [InlineData(EditKind.UpdatePassport)]
    [InlineData(EditKind.AddEducation)]
    [InlineData(EditKind.AddWork)]
    [InlineData(EditKind.AddProfession)]
    [InlineData(EditKind.AddLanguage)]
    [InlineData(EditKind.RemoveEntry)]
    [InlineData(EditKind.SetPreferredCountries)]
    [InlineData(EditKind.NoteDocumentChanged)]
    public void No_edit_of_any_kind_is_taken_while_officers_review_the_profile(EditKind edit)
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Submitted).Build();
        var before = Snapshot(profile);

        Should.Throw<DomainRuleException>(() => Edit(profile, edit)).MessageKey.ShouldBe("Rule.Profile.UnderReview");

        profile.IsEditable.ShouldBeFalse();
        Snapshot(profile).ShouldBe(before);
        profile.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(EditKind.UpdatePersonal)]
    [InlineData(EditKind.UpdatePassport)]
    [InlineData(EditKind.AddEducation)]
    [InlineData(EditKind.AddWork)]
    [InlineData(EditKind.AddProfession)]
    [InlineData(EditKind.AddLanguage)]
    [InlineData(EditKind.RemoveEntry)]
    [InlineData(EditKind.SetPreferredCountries)]
    [InlineData(EditKind.NoteDocumentChanged)]
    public void Any_edit_of_a_verified_profile_sends_it_back_to_draft(EditKind edit)
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Verified).Build();

        Edit(profile, edit);

        profile.Status.ShouldBe(ProfileStatus.Draft);
        var change = profile.TakePendingStatusChanges().ShouldHaveSingleItem();
        (change.FromStatus, change.ToStatus, change.ChangedBy, change.ChangedAt, change.Reason)
            .ShouldBe(("Verified", "Draft", (Guid?)Citizen, Later, "ChangedAfterVerification"));
    }

    [Fact]
    public void Removing_an_entry_that_does_not_exist_is_refused_and_leaves_a_verified_profile_verified()
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Verified).Build();
        var before = Snapshot(profile);

        Should.Throw<DomainRuleException>(() => profile.RemoveEntry(Guid.NewGuid(), Citizen, Later)).MessageKey.ShouldBe("Rule.Profile.NoSuchEntry");

        Snapshot(profile).ShouldBe(before);
        profile.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2027-01-01", "2037-01-01", "Rule.Passport.IssuedInFuture")]
    [InlineData("2016-01-01", "2026-01-01", "Rule.Passport.Expired")]
    [InlineData("2017-02-01", "2027-02-01", "Rule.Passport.ExpiresSoon")]
    public void Passport_dates_that_do_not_allow_travel_are_refused_with_the_six_month_rule_and_change_nothing(string issued, string expires, string messageKey)
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Verified).Build();
        var before = Snapshot(profile);

        var refused = Should.Throw<DomainRuleException>(() =>
            profile.UpdatePassport(WorkerProfileBuilder.Sealed, Date(issued), Date(expires), WorkerProfileBuilder.Today, Citizen, Later));

        (refused.MessageKey, refused.Arguments.ShouldHaveSingleItem()).ShouldBe((messageKey, (object)6));
        Snapshot(profile).ShouldBe(before);
        profile.TakePendingStatusChanges().ShouldBeEmpty();
    }

    [Fact]
    public void A_PINFL_that_disagrees_with_the_birth_date_or_sex_given_is_refused()
    {
        var profile = new WorkerProfileBuilder().WithoutPersonal().Build();
        var woman = WorkerProfileBuilder.Personal with { Sex = Sex.Female };

        Should.Throw<DomainRuleException>(() => profile.UpdatePersonal(woman, WorkerProfileBuilder.ValidPinfl, WorkerProfileBuilder.Sealed, Citizen, Later))
            .MessageKey.ShouldBe("Rule.Profile.PinflDisagrees");

        (profile.LastName, profile.PinflCipher).ShouldBe(((string?)null, (string?)null));
    }

    [Fact]
    public void Details_OneID_confirms_unchanged_keep_a_verified_profile_verified_and_lock_them()
    {
        var profile = new WorkerProfileBuilder().In(ProfileStatus.Verified).Build();

        profile.ConfirmIdentity("OneID", "RAHIMOV", "SARDOR", "AKMAL O‘G‘LI", WorkerProfileBuilder.ValidPinfl, WorkerProfileBuilder.Sealed, Citizen, Later).ShouldBeTrue();

        (profile.Status, profile.LastName, profile.IdentitySource, profile.IdentityConfirmedAt).ShouldBe((ProfileStatus.Verified, "RAHIMOV", "OneID", (DateTimeOffset?)Later));
        profile.TakePendingStatusChanges().ShouldBeEmpty();
        var renamed = WorkerProfileBuilder.Personal with { LastName = "Boshqa" };
        Should.Throw<DomainRuleException>(() => profile.UpdatePersonal(renamed, WorkerProfileBuilder.ValidPinfl, WorkerProfileBuilder.Sealed, Citizen, Later))
            .MessageKey.ShouldBe("Rule.Profile.IdentityLocked");
        profile.UpdatePersonal(WorkerProfileBuilder.Personal with { LastName = "RAHIMOV", FirstName = "SARDOR", Patronymic = "AKMAL O‘G‘LI", Phone = "+998935551234" }, WorkerProfileBuilder.ValidPinfl, WorkerProfileBuilder.Sealed, Citizen, Later);
        profile.Phone.ShouldBe("+998935551234");
    }

    [Fact]
    public void Changed_details_from_OneID_send_a_verified_profile_back_to_draft_and_wait_while_officers_review_one()
    {
        var verified = new WorkerProfileBuilder().In(ProfileStatus.Verified).Build();
        var submitted = new WorkerProfileBuilder().In(ProfileStatus.Submitted).Build();

        verified.ConfirmIdentity("OneID", "Karimova", "Sardor", null, WorkerProfileBuilder.ValidPinfl, WorkerProfileBuilder.Sealed, Citizen, Later).ShouldBeTrue();
        submitted.ConfirmIdentity("OneID", "Karimova", "Sardor", null, WorkerProfileBuilder.ValidPinfl, WorkerProfileBuilder.Sealed, Citizen, Later).ShouldBeFalse();

        (verified.Status, verified.LastName, verified.Patronymic).ShouldBe((ProfileStatus.Draft, "Karimova", (string?)null));
        (submitted.Status, submitted.LastName, submitted.IdentitySource).ShouldBe((ProfileStatus.Submitted, "Rahimov", (string?)null));
    }

    [Fact]
    public void The_queue_filter_codes_follow_the_professions_as_they_are_added_and_removed()
    {
        var profile = new WorkerProfileBuilder().Build();
        var bricklayer = new ProfessionSkill { Id = Guid.NewGuid(), OccupationCode = "7112", YearsOfExperience = 3 };

        profile.AddProfession(bricklayer, Citizen, Later);
        profile.OccupationCodes.ShouldBe(["7212", "7112"]);

        profile.RemoveEntry(bricklayer.Id, Citizen, Later);
        profile.OccupationCodes.ShouldBe(["7212"]);
    }

    [Fact]
    public void A_profession_or_a_language_is_listed_once()
    {
        var profile = new WorkerProfileBuilder().Build();

        Should.Throw<DomainRuleException>(() => profile.AddProfession(new ProfessionSkill { Id = Guid.NewGuid(), OccupationCode = "7212", YearsOfExperience = 1 }, Citizen, Later))
            .MessageKey.ShouldBe("Rule.Profile.ProfessionTwice");
        Should.Throw<DomainRuleException>(() => profile.AddLanguage(new LanguageSkill { Id = Guid.NewGuid(), LanguageCode = "ko", LevelId = 9 }, Citizen, Later))
            .MessageKey.ShouldBe("Rule.Profile.LanguageTwice");
        (profile.Professions.Count, profile.Languages.Count).ShouldBe((1, 1));
    }

    [Fact]
    public void Preferred_countries_are_kept_once_each_in_order()
    {
        var profile = new WorkerProfileBuilder().Build();

        profile.SetPreferredCountries(["KR", "DE", "KR", "GB"], Citizen, Later);

        profile.PreferredCountries.ShouldBe(["DE", "GB", "KR"]);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Guid Actor(ProfileAction action) => action is ProfileAction.Verify or ProfileAction.Return ? Officer : Citizen;

    private static void Act(WorkerProfile profile, ProfileAction action)
    {
        switch (action)
        {
            case ProfileAction.Submit:
                profile.Submit(WorkerProfileBuilder.RequiredDocuments, Citizen, Later);
                break;
            case ProfileAction.Verify:
                profile.Verify(Officer, Later);
                break;
            case ProfileAction.Return:
                profile.Return(
                    [
                        new ReturnReason { Section = ProfileSection.Passport, Reason = "Pasport seriyasi skanerdagi bilan mos emas" },
                        new ReturnReason { Section = ProfileSection.Documents, Reason = "Surat talabga javob bermaydi" },
                    ],
                    Officer,
                    Later);
                break;
            case ProfileAction.Edit:
                Edit(profile, EditKind.SetPreferredCountries);
                break;
            default:
                profile.WithdrawConsent(Citizen, Later);
                break;
        }
    }

    private static void Edit(WorkerProfile profile, EditKind edit)
    {
        switch (edit)
        {
            case EditKind.UpdatePersonal:
                profile.UpdatePersonal(WorkerProfileBuilder.Personal with { Phone = "+998935551234" }, WorkerProfileBuilder.ValidPinfl, WorkerProfileBuilder.Sealed, Citizen, Later);
                break;
            case EditKind.UpdatePassport:
                profile.UpdatePassport(WorkerProfileBuilder.Sealed, new DateOnly(2024, 6, 1), new DateOnly(2034, 5, 31), WorkerProfileBuilder.Today, Citizen, Later);
                break;
            case EditKind.AddEducation:
                profile.AddEducation(new Education { Id = Guid.NewGuid(), Level = EducationLevel.Bachelor, Field = "Qurilish", Institution = "SamDAQI", GraduationYear = 2014 }, Citizen, Later);
                break;
            case EditKind.AddWork:
                profile.AddWork(new WorkExperience { Id = Guid.NewGuid(), Employer = "Samarqand Qurilish MChJ", Position = "Payvandchi", CountryCode = "UZ", StartYear = 2015 }, Citizen, Later);
                break;
            case EditKind.AddProfession:
                profile.AddProfession(new ProfessionSkill { Id = Guid.NewGuid(), OccupationCode = "7112", YearsOfExperience = 2 }, Citizen, Later);
                break;
            case EditKind.AddLanguage:
                profile.AddLanguage(new LanguageSkill { Id = Guid.NewGuid(), LanguageCode = "ru", LevelId = 3 }, Citizen, Later);
                break;
            case EditKind.RemoveEntry:
                profile.RemoveEntry(profile.Educations[0].Id, Citizen, Later);
                break;
            case EditKind.SetPreferredCountries:
                profile.SetPreferredCountries(["KR", "JP"], Citizen, Later);
                break;
            default:
                profile.NoteDocumentChanged(Citizen, Later);
                break;
        }
    }

    // What a citizen or an officer can see of a profile; a refused action must leave all of it as it was.
    private static string Snapshot(WorkerProfile profile) => string.Join(
        " | ",
        profile.Status,
        profile.ConsentActive,
        profile.SubmittedAt,
        profile.DecidedAt,
        profile.DecidedBy,
        profile.UpdatedAt,
        profile.Phone,
        profile.PassportExpiresOn,
        string.Join(",", profile.Educations.Select(e => e.Id)),
        profile.WorkHistory.Count,
        string.Join(",", profile.OccupationCodes),
        string.Join(",", profile.Languages.Select(l => l.LanguageCode)),
        string.Join(",", profile.PreferredCountries),
        string.Join(",", profile.ReturnReasons.Select(r => $"{r.Section}:{r.Reason}")));
}
