using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Employer.Pages.JobOrders;

/// <summary>The whole job order form: a new draft (no id), or the terms of a draft or a rejected order.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel, IFormPage
{
    [BindProperty]
    public SaveJobOrderCommand Input { get; set; } = new();

    [FromRoute]
    public Guid? Id { get; set; }

    /// <summary>The form's choices and the order as saved; read again whenever the form is shown.</summary>
    public JobOrderForm Form { get; private set; } = new(new SaveJobOrderCommand(), null, [], [], [], [], []);

    public IReadOnlyList<Option> WagePeriods => [.. Enum.GetValues<WagePeriod>().Select(p => new Option(p.ToString(), text[$"WagePeriod.{p}"]))];

    public IReadOnlyList<Option> Programs => [.. Enum.GetValues<RecruitmentProgram>().Select(p => new Option(p.ToString(), text[$"RecruitmentProgram.{p}"]))];

    public async Task OnGetAsync()
    {
        await LoadFormAsync(HttpContext.RequestAborted);
        Input = Form.Command;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The id comes from the route; which organization it belongs to, from the signed-in user's claims.
        var id = await sender.Send(Input with { Id = Id }, HttpContext.RequestAborted);
        return RedirectToPage("/JobOrders/View", new { id });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Form = await sender.Send(new GetJobOrderFormQuery(Id), cancellationToken);
}
