using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Dashboards;
using MigrationPortal.Application.Organizations.Units;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Web.Areas.Agency.Pages;

/// <summary>An officer's or supervisor's landing page: the unit whose work they see and what waits in its queues.</summary>
public sealed class IndexModel(ISender sender, ICurrentUser currentUser) : PageModel
{
    public AgencyUnitView? Unit { get; private set; }

    public AgencyQueues Queues { get; private set; } = null!;

    public string UnitName => Unit is null ? "" : LocalizedNameExtensions.PickName(CultureInfo.CurrentUICulture, Unit.NameUzLatn, Unit.NameUzCyrl, Unit.NameRu, Unit.NameEn);

    public async Task OnGetAsync()
    {
        if (currentUser.UnitId is { } unitId)
        {
            Unit = await sender.Send(new GetAgencyUnitQuery(unitId), HttpContext.RequestAborted);
        }

        Queues = await sender.Send(new AgencyQueuesQuery(), HttpContext.RequestAborted);
    }
}
