using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Organizations.Units;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Web.Areas.Admin.Pages.Units;

public sealed class IndexModel(ISender sender) : PageModel
{
    public AgencyUnitKind Kind { get; private set; }

    public IReadOnlyList<AgencyUnitListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(AgencyUnitKind kind = AgencyUnitKind.TerritorialBranch)
    {
        Kind = kind;
        Units = await sender.Send(new ListAgencyUnitsAdminQuery(kind), HttpContext.RequestAborted);
    }
}
