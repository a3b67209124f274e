using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Workers.Assisted;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

/// <summary>A page about one registration made at a branch: the record and the profile as filled so far.</summary>
public abstract class AssistedPage(ISender sender) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AssistedRegistrationDetails Registration { get; private set; } = new();

    protected ISender Sender { get; } = sender;

    public virtual async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Registration = await Sender.Send(new GetAssistedRegistrationQuery(Id), cancellationToken);
}
