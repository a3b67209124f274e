using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Organizations.Worksites;
using MigrationPortal.Application.Reference;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Employer.Pages.Worksites;

public sealed class EditModel(ISender sender) : PageModel, IFormPage
{
    [BindProperty]
    public SaveWorksiteCommand Input { get; set; } = new();

    [FromRoute]
    public Guid? Id { get; set; }

    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadFormAsync(HttpContext.RequestAborted);
        if (Id is { } id)
        {
            var worksite = await sender.Send(new GetWorksiteQuery(id), HttpContext.RequestAborted);
            Input = new SaveWorksiteCommand
            {
                Version = worksite.Version,
                Name = worksite.Name,
                CountryCode = worksite.CountryCode,
                City = worksite.City,
                Address = worksite.Address,
                HousingProvided = worksite.HousingProvided,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The id comes from the route; which organization it belongs to, from the signed-in user's claims.
        await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage("/Worksites/Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear();
        await sender.Send(new DeleteWorksiteCommand(Id ?? Guid.Empty), HttpContext.RequestAborted);
        return RedirectToPage("/Worksites/Index");
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Countries = await sender.Send(new ListCountriesQuery(), cancellationToken);
}
