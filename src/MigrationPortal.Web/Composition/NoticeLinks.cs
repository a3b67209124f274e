using MigrationPortal.Domain.Messaging;

namespace MigrationPortal.Web.Composition;

/// <summary>
/// The one place that turns what a notice points at into a page of the portal, by page name: the notices page and
/// the emailed notices both link through here, so a renamed page changes every stored notice's link with it.
/// </summary>
public sealed class NoticeLinks(LinkGenerator links)
{
    /// <summary>The path (under <paramref name="pathBase"/>) of the page that shows <paramref name="target"/>.</summary>
    public string PathOf(NoticeTarget target, PathString pathBase)
    {
        var (area, page, id, fragment) = target.Kind switch
        {
            NoticeTargetKind.WorkerProfile => ("Citizen", "/Profile/Index", (Guid?)null, default(FragmentString)),
            NoticeTargetKind.JobApplication => ("Citizen", "/Applications/Index", null, new FragmentString($"#app-{target.Id}")),
            NoticeTargetKind.JobOrder => ("Employer", "/JobOrders/View", target.Id, default),
            NoticeTargetKind.JobOrderCandidates => ("Employer", "/Candidates/Index", target.Id, default),
            NoticeTargetKind.Notices => ("", "/Notifications", null, default),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.Kind, "A notice target without a page."),
        };
        var values = id is null ? new RouteValueDictionary { ["area"] = area } : new RouteValueDictionary { ["area"] = area, ["id"] = id };
        return links.GetPathByPage(page, handler: null, values, pathBase, fragment)
            ?? throw new InvalidOperationException($"The page {area}{page} has no route.");
    }
}
