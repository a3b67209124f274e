namespace MigrationPortal.Application.JobApplications;

public static class PipelinePaths
{
    public const string MyApplications = "/Citizen/Applications";

    /// <summary>The employer's shortlisted candidates for one of its orders.</summary>
    public static string Candidates(Guid jobOrderId) => $"/Employer/Candidates/{jobOrderId}";
}
