using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

/// <summary>A list step the officer fills one entry at a time: the citizen's own form, sent as the officer's entry for this registration.</summary>
public abstract class AssistedListPage<TCommand>(ISender sender) : AssistedPage(sender)
    where TCommand : class, new()
{
    [BindProperty]
    public TCommand Input { get; set; } = new();

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(ForRegistration(Input), HttpContext.RequestAborted);
        return RedirectToPage(new { id = Id });
    }

    /// <summary>The officer's command that carries the citizen's form.</summary>
    protected abstract ICommand ForRegistration(TCommand input);
}
