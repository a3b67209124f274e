using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MigrationPortal.Web.Areas.Agency.Pages.Assisted;

/// <summary>One registration made at a branch: who, how they consented, every entry marked with its officer, and the steps to fill.</summary>
public sealed class ViewModel(ISender sender) : AssistedPage(sender)
{
    /// <summary>Set after the registration, to say the account is open and the citizen was told.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Registered { get; set; }

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);
}
