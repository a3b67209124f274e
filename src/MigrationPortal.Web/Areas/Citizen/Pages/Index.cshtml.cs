using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Profiles;

namespace MigrationPortal.Web.Areas.Citizen.Pages;

public sealed class IndexModel(ISender sender) : PageModel
{
    public MyProfileView Profile { get; private set; } = new();

    public async Task OnGetAsync() => Profile = await sender.Send(new GetMyProfileQuery(), HttpContext.RequestAborted);
}
