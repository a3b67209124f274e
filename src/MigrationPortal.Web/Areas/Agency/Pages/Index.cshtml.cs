using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Common;
using MigrationPortal.Application.Organizations.Units;
using MigrationPortal.Domain.Common;

namespace MigrationPortal.Web.Areas.Agency.Pages;

/// <summary>An officer's or supervisor's landing page: the unit whose work they see.</summary>
public sealed class IndexModel(ISender sender, ICurrentUser currentUser) : PageModel
{
    public AgencyUnitView? Unit { get; private set; }

    public string UnitName => Unit is null ? "" : LocalizedNameExtensions.PickName(CultureInfo.CurrentUICulture, Unit.NameUzLatn, Unit.NameUzCyrl, Unit.NameRu, Unit.NameEn);

    public async Task OnGetAsync()
    {
        if (currentUser.UnitId is { } unitId)
        {
            Unit = await sender.Send(new GetAgencyUnitQuery(unitId), HttpContext.RequestAborted);
        }
    }
}
