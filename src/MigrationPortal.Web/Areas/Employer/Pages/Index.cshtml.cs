using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Organizations.Employers;

namespace MigrationPortal.Web.Areas.Employer.Pages;

public sealed class IndexModel(ISender sender) : PageModel
{
    public MyOrganization Organization { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Organization = await sender.Send(new GetMyOrganizationQuery(), HttpContext.RequestAborted);
}
