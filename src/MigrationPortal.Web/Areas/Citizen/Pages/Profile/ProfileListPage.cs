using Mediator;
using Microsoft.AspNetCore.Mvc;
using MigrationPortal.Application.Workers.Profiles;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

/// <summary>One line of a list step: what the citizen entered, and the id to remove it by.</summary>
public sealed record EntryLine(Guid Id, string Title, string Detail);

/// <summary>A step that is a list (education, work, professions, languages): add one entry at a time, remove any.</summary>
public abstract class ProfileListPage<TCommand>(ISender sender) : ProfileStepPage(sender)
    where TCommand : class, ICommand, new()
{
    [BindProperty]
    public TCommand Input { get; set; } = new();

    public abstract IReadOnlyList<EntryLine> Entries { get; }

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(Input, HttpContext.RequestAborted);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid entryId)
    {
        ModelState.Clear();
        await Sender.Send(new RemoveProfileEntryCommand(entryId), HttpContext.RequestAborted);
        return RedirectToPage();
    }
}
