using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MigrationPortal.Application.Organizations.Units;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Web.Pages;

/// <summary>
/// How to reach the agency, for anyone: the hotline and email from configuration (section <c>Agency</c>), then every
/// open branch, representative office and training center with the contact details administrators keep on the unit.
/// </summary>
public sealed class ContactModel(ISender sender, IConfiguration configuration) : PageModel
{
    public string? Hotline { get; private set; }

    public string? Email { get; private set; }

    public IReadOnlyList<UnitContact> Branches { get; private set; } = [];

    public IReadOnlyList<UnitContact> Offices { get; private set; } = [];

    public IReadOnlyList<UnitContact> TrainingCenters { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Hotline = configuration["Agency:Hotline"];
        Email = configuration["Agency:Email"];
        var units = await sender.Send(new ListUnitContactsQuery(), HttpContext.RequestAborted);
        Branches = [.. units.Where(u => u.Kind == AgencyUnitKind.TerritorialBranch)];
        Offices = [.. units.Where(u => u.Kind == AgencyUnitKind.RepresentativeOffice)];
        TrainingCenters = [.. units.Where(u => u.Kind == AgencyUnitKind.TrainingCenter)];
    }

    /// <summary>The number as a <c>tel:</c> link dials it: digits and the leading plus only.</summary>
    public static string Dial(string phone) => "tel:" + new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
}
