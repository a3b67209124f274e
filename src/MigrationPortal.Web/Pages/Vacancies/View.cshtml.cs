using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.JobOrders;

namespace MigrationPortal.Web.Pages.Vacancies;

/// <summary>One published vacancy, open to everyone: its terms, the employer, and what the state pays for.</summary>
public sealed class ViewModel(ISender sender) : PageModel
{
    public VacancyDetails Vacancy { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) =>
        Vacancy = await sender.Send(new GetVacancyQuery(id), HttpContext.RequestAborted);
}
