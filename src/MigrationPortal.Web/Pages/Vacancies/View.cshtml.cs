using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Application.JobOrders;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Pages.Vacancies;

/// <summary>One published vacancy, open to everyone: its terms, the employer, and what the state pays for.</summary>
public sealed class ViewModel(ISender sender, PageAccess access) : PageModel
{
    public VacancyDetails Vacancy { get; private set; } = null!;

    /// <summary>The signed-in citizen's application to this vacancy, shown instead of "Apply".</summary>
    public MyApplicationForOrder? MyApplication { get; private set; }

    /// <summary>
    /// "Apply" is offered to a visitor (signing in comes first) and to a citizen who has not applied; never to an
    /// agency or employer user, whom the apply page would refuse.
    /// </summary>
    public bool OffersApply { get; private set; }

    public async Task OnGetAsync(Guid id)
    {
        Vacancy = await sender.Send(new GetVacancyQuery(id), HttpContext.RequestAborted);
        if (User.Identity?.IsAuthenticated != true)
        {
            OffersApply = true;
            return;
        }

        if (await access.MayOpenAsync(User, "Citizen", "/Apply"))
        {
            MyApplication = await sender.Send(new GetMyApplicationForOrderQuery(id), HttpContext.RequestAborted);
            OffersApply = MyApplication is null;
        }
    }
}
