using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

/// <summary>The profile's short steps, in the order the citizen fills them; each saves as it goes.</summary>
public static class ProfileSteps
{
    /// <summary>Each step's page, by its name in the Citizen area.</summary>
    public static readonly IReadOnlyList<(ProfileSection Section, string Page)> All =
    [
        (ProfileSection.Personal, "/Profile/Personal"),
        (ProfileSection.Passport, "/Profile/Passport"),
        (ProfileSection.Education, "/Profile/Education"),
        (ProfileSection.WorkHistory, "/Profile/Work"),
        (ProfileSection.Professions, "/Profile/Professions"),
        (ProfileSection.Languages, "/Profile/Languages"),
        (ProfileSection.Countries, "/Profile/Countries"),
        (ProfileSection.Documents, "/Profile/Documents"),
    ];

    public static string PageOf(ProfileSection section) => All.Single(s => s.Section == section).Page;

    /// <summary>The page where a missing requirement is filled in.</summary>
    public static string PageOf(ProfileRequirement requirement) => requirement switch
    {
        ProfileRequirement.Personal => PageOf(ProfileSection.Personal),
        ProfileRequirement.Passport => PageOf(ProfileSection.Passport),
        ProfileRequirement.Education => PageOf(ProfileSection.Education),
        ProfileRequirement.Profession => PageOf(ProfileSection.Professions),
        ProfileRequirement.Language => PageOf(ProfileSection.Languages),
        ProfileRequirement.Countries => PageOf(ProfileSection.Countries),
        ProfileRequirement.Consent => "/Consent",
        _ => PageOf(ProfileSection.Documents),
    };

    /// <summary>The page "save and continue" leads to: the next step, then the consent page after the last one.</summary>
    public static string NextAfter(ProfileSection section)
    {
        var index = All.ToList().FindIndex(s => s.Section == section);
        return index + 1 < All.Count ? All[index + 1].Page : "/Consent";
    }

    /// <summary>Whether a step has what submission needs from it.</summary>
    public static bool IsDone(MyProfileView profile, ProfileSection section)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return section switch
        {
            ProfileSection.Personal => !profile.Missing.Contains(ProfileRequirement.Personal),
            ProfileSection.Passport => !profile.Missing.Contains(ProfileRequirement.Passport),
            ProfileSection.Education => !profile.Missing.Contains(ProfileRequirement.Education),
            ProfileSection.WorkHistory => profile.WorkHistory.Count > 0,
            ProfileSection.Professions => !profile.Missing.Contains(ProfileRequirement.Profession),
            ProfileSection.Languages => !profile.Missing.Contains(ProfileRequirement.Language),
            ProfileSection.Countries => !profile.Missing.Contains(ProfileRequirement.Countries),
            _ => !profile.Missing.Contains(ProfileRequirement.PassportScan) && !profile.Missing.Contains(ProfileRequirement.Photo),
        };
    }
}

/// <summary>A step page: knows its section and reloads the citizen's profile for the step bar and the officer's notes.</summary>
public abstract class ProfileStepPage(ISender sender) : PageModel, IFormPage
{
    public abstract ProfileSection Section { get; }

    public MyProfileView Profile { get; private set; } = new();

    protected ISender Sender { get; } = sender;

    public virtual async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Profile = await Sender.Send(new GetMyProfileQuery(), cancellationToken);
}
