using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Audit;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

/// <summary>"Who looked at my data": each look at the citizen's data by the agency or an employer, newest first.</summary>
public sealed class ViewsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public MyDataViewsPage Views { get; private set; } = new([], null, true);

    public async Task OnGetAsync() =>
        Views = await sender.Send(new MyDataViewsQuery(After), HttpContext.RequestAborted);
}
