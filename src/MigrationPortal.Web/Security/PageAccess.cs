using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using MigrationPortal.Application.JobOrders;

namespace MigrationPortal.Web.Security;

/// <summary>
/// Whether a user may open a page, answered by the authorization the page itself carries (its area's and its own
/// policies): a menu or a dashboard shows a link only when this says yes, so a link never leads to a refusal.
/// </summary>
public sealed class PageAccess(EndpointDataSource endpoints, IAuthorizationPolicyProvider policies, IAuthorizationService authorization)
{
    public async Task<bool> MayOpenAsync(ClaimsPrincipal user, string area, string page)
    {
        // An Index page has two routes (its folder and its name), with the same metadata.
        var endpoint = endpoints.Endpoints.FirstOrDefault(e => e.Metadata.GetMetadata<ActionDescriptor>() is { } action
            && action.RouteValues.TryGetValue("page", out var name) && name == page
            && (action.RouteValues.TryGetValue("area", out var inArea) ? inArea ?? "" : "") == area)
            ?? throw new ArgumentException($"No page {page} in area '{area}'.", nameof(page));
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return true;
        }

        var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        return policy is null || (await authorization.AuthorizeAsync(user, policy)).Succeeded;
    }
}

/// <summary>The policies of single agency pages, on top of the area's own (<c>PortalSetup.StaffAreaPolicy</c>).</summary>
public static class AgencyPagePolicies
{
    /// <summary>The job-order approval queue and review: a supervisor, or an officer of a representative office.</summary>
    public const string JobOrderReviewer = "JobOrderReviewer";

    /// <summary>Pages for supervisors only, such as the officers' workload.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Pages for officers only, such as registering a citizen at a branch.</summary>
    public const string Officer = "Officer";
}

/// <summary>The requirement behind <see cref="AgencyPagePolicies.JobOrderReviewer"/>.</summary>
public sealed class JobOrderReviewerRequirement : IAuthorizationRequirement;

/// <summary>Asks the same rule the approval queue's query applies (<see cref="ApprovalScope"/>), so page and query agree.</summary>
public sealed class JobOrderReviewerHandler(ISender sender) : AuthorizationHandler<JobOrderReviewerRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, JobOrderReviewerRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true && await sender.Send(new MayReviewJobOrdersQuery()))
        {
            context.Succeed(requirement);
        }
    }
}
