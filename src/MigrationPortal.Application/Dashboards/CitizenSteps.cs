using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Application.Dashboards;

/// <summary>The citizen's next step, from the profile's own completeness rules and the applications' statuses.</summary>
public enum CitizenNextStep
{
    /// <summary>Requirements of the profile are still missing.</summary>
    FillProfile,

    /// <summary>An officer returned the profile with notes.</summary>
    CorrectProfile,

    /// <summary>Everything is there but the profile was not sent.</summary>
    SubmitProfile,

    /// <summary>An officer is checking the profile.</summary>
    WaitForVerification,

    /// <summary>An application is at a stage where the citizen takes part.</summary>
    FollowApplications,

    /// <summary>Verified, with nothing waiting on the citizen: look for vacancies.</summary>
    FindVacancies,
}

public static class CitizenSteps
{
    /// <summary>
    /// The stages where the citizen takes part: an interview to attend, a contract to sign, the training, medical check
    /// and visa before departure.
    /// </summary>
    public static bool AwaitsCitizen(ApplicationStatus status) =>
        status is ApplicationStatus.Interview or ApplicationStatus.Selected or ApplicationStatus.ContractSigned or ApplicationStatus.PreDeparture;

    public static CitizenNextStep Next(ProfileStatus profile, int missing, IEnumerable<ApplicationStatus> applications) => profile switch
    {
        ProfileStatus.Draft or ProfileStatus.Returned when missing > 0 => CitizenNextStep.FillProfile,
        ProfileStatus.Returned => CitizenNextStep.CorrectProfile,
        ProfileStatus.Draft => CitizenNextStep.SubmitProfile,
        ProfileStatus.Submitted => CitizenNextStep.WaitForVerification,
        _ => applications.Any(AwaitsCitizen) ? CitizenNextStep.FollowApplications : CitizenNextStep.FindVacancies,
    };
}
