using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MigrationPortal.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
