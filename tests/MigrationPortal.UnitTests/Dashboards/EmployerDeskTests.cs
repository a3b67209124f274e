using MigrationPortal.Application.Dashboards;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.UnitTests.Dashboards;

/// <summary>The employer's next step is the most pressing thing waiting for it (issue 11).</summary>
public sealed class EmployerDeskTests
{
    [Theory]
    [InlineData(1, "Rejected,Draft,PendingApproval,Published", EmployerNextStep.DecideOnCandidates)]
    [InlineData(0, "Rejected,Draft,PendingApproval,Published", EmployerNextStep.FixReturnedOrders)]
    [InlineData(0, "Draft,PendingApproval,Published", EmployerNextStep.SubmitDrafts)]
    [InlineData(0, "PendingApproval,Published", EmployerNextStep.WaitForApproval)]
    [InlineData(0, "Published", EmployerNextStep.WaitForCandidates)]
    [InlineData(0, "Paused", EmployerNextStep.WaitForCandidates)]
    [InlineData(0, "Closed,Expired", EmployerNextStep.CreateOrder)]
    [InlineData(0, "", EmployerNextStep.CreateOrder)]
    public void The_next_step_is_the_most_pressing_one(int awaitingDecision, string statuses, EmployerNextStep expected)
    {
        var counts = statuses.Split(',', StringSplitOptions.RemoveEmptyEntries).ToDictionary(Enum.Parse<JobOrderStatus>, _ => 1);

        new EmployerDesk(counts, [], [], awaitingDecision).Next.ShouldBe(expected);
    }
}
