using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Audit;
using MigrationPortal.Application.Common;
using MigrationPortal.Web.Composition;
using MigrationPortal.Web.Localization;

namespace MigrationPortal.Web.Areas.Admin.Pages.Audit;

/// <summary>
/// The personal-data audit log (issue 9). The filters are a GET form, so a filtered log is a link one can keep; a
/// PINFL is posted instead, never put in a URL, and turns into the citizen it belongs to. "Export CSV" streams every
/// row the filters let through, page by page.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Staff { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    /// <summary>The citizen a PINFL look-up found.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Citizen { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty]
    public FindCitizenByPinflQuery Input { get; set; } = new();

    public AuditLogPage Log { get; private set; } = new([], null, null);

    public bool Filtered => !string.IsNullOrWhiteSpace(Staff) || !string.IsNullOrWhiteSpace(Name) || Citizen is not null || !string.IsNullOrEmpty(Action) || From is not null || To is not null;

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await sender.Send(Input, cancellationToken) is not { } citizen)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Pinfl)}", text["Audit.PinflNotFound"]);
            return Page();
        }

        Citizen = citizen;
        return Redirect(Link(null));
    }

    /// <summary>Every row the filters let through, newest first, as a CSV file.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var cancellationToken = HttpContext.RequestAborted;

        // The first page before anything is written: a refused filter still gets the page with its message.
        var page = await sender.Send(Query(null, AuditLogQuery.ExportPageSize), cancellationToken);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"audit-log.csv\"";
        await using var csv = new CsvWriter(Response.Body);
        await csv.WriteRowAsync(
            [text["Audit.When"], text["Audit.Who"], text["Field.Kind"], text["Audit.Belongs"], text["Audit.Whose"], text["Audit.Action"], text["Audit.Subject"], text["Audit.Address"]],
            cancellationToken);
        while (true)
        {
            foreach (var row in page.Rows)
            {
                await csv.WriteRowAsync(
                    [
                        row.At.ToOffset(AgencyCalendar.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                        row.Viewer,
                        row.ViewerKind is { } kind ? text[$"Kind.{kind}"] : "",
                        row.ViewerBelongs,
                        row.Citizen,
                        AuditTexts.Action(text, row.Action),
                        AuditTexts.Subject(text, row.Action, row.Subject, row.OrderTitle),
                        row.ClientAddress,
                    ],
                    cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
            if (page.Next is not { } next)
            {
                break;
            }

            page = await sender.Send(Query(next, AuditLogQuery.ExportPageSize), cancellationToken);
        }

        return new EmptyResult();
    }

    /// <summary>The log is read only when the filters are sound; otherwise the page shows what to correct.</summary>
    public async Task LoadFormAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            Log = await sender.Send(Query(After, AuditLogQuery.DefaultPageSize), cancellationToken);
        }
    }

    /// <summary>The log with the current filters, from the newest row or after a cursor.</summary>
    public string Link(string? after, bool csv = false)
    {
        var query = new QueryBuilder();
        query.AddIfSet("handler", csv ? "Csv" : null);
        query.AddIfSet("staff", Staff);
        query.AddIfSet("name", Name);
        query.AddIfSet("citizen", Citizen?.ToString());
        query.AddIfSet("action", Action);
        query.AddIfSet("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        query.AddIfSet("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        query.AddIfSet("after", after);
        return Url.PageWith("/Audit/Index", query);
    }

    private AuditLogQuery Query(string? after, int pageSize) => new()
    {
        Staff = Staff,
        CitizenName = Name,
        CitizenId = Citizen,
        Action = Action,
        From = From,
        To = To,
        After = after,
        PageSize = pageSize,
    };
}
