using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Organizations.Units;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.Organizations;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Admin.Pages.Units;

public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel, IFormPage
{
    [BindProperty]
    public SaveAgencyUnitCommand Input { get; set; } = new();

    [FromRoute]
    public Guid? Id { get; set; }

    public bool Saved { get; private set; }

    public IReadOnlyList<Option> Kinds { get; private set; } = [];

    public IReadOnlyList<Option> Regions { get; private set; } = [];

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public async Task OnGetAsync(AgencyUnitKind? kind, bool saved = false)
    {
        Saved = saved;
        await LoadFormAsync(HttpContext.RequestAborted);
        if (Id is { } id)
        {
            var unit = await sender.Send(new GetAgencyUnitQuery(id), HttpContext.RequestAborted);
            Input = new SaveAgencyUnitCommand
            {
                Kind = unit.Kind,
                NameUzLatn = unit.NameUzLatn,
                NameUzCyrl = unit.NameUzCyrl,
                NameRu = unit.NameRu,
                NameEn = unit.NameEn,
                RegionId = unit.RegionId,
                CountryCode = unit.CountryCode,
                IsActive = unit.IsActive,
                Address = unit.Address,
                Phone = unit.Phone,
                OpeningHours = unit.OpeningHours,
            };
        }
        else
        {
            Input = new SaveAgencyUnitCommand { Kind = kind };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var id = await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage(new { id, saved = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        Kinds = [.. Enum.GetValues<AgencyUnitKind>().Select(k => new Option(k.ToString(), text[$"UnitKind.{k}"]))];
        Regions = await sender.Send(new ListRegionsQuery(), cancellationToken);
        Countries = await sender.Send(new ListCountriesQuery(), cancellationToken);
    }
}
