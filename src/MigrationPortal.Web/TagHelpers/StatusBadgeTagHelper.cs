using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Web.TagHelpers;

/// <summary>The state families a status badge is colored by (issue 11); the badge's words always name the status itself.</summary>
public enum StatusFamily
{
    Draft,
    Waiting,
    Live,
    Done,
    Refused,
}

/// <summary>
/// A status as every page shows it: its localized name in a badge colored by its family, with contrast of at least
/// 4.5:1 (wwwroot/css/site.css, status badges). Usage: &lt;status-badge status="@order.Status" data-testid="status" /&gt;
/// for an application, a job order or a profile status.
/// </summary>
[HtmlTargetElement("status-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusBadgeTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    public required Enum Status { get; set; }

    /// <summary>The one place that sorts each status into its family.</summary>
    public static StatusFamily FamilyOf(Enum status) => status switch
    {
        ProfileStatus.Draft or JobOrderStatus.Draft => StatusFamily.Draft,
        ProfileStatus.Submitted or JobOrderStatus.PendingApproval or JobOrderStatus.Paused
            or ApplicationStatus.Submitted or ApplicationStatus.Screening or ApplicationStatus.Shortlisted or ApplicationStatus.Interview => StatusFamily.Waiting,
        ProfileStatus.Verified or JobOrderStatus.Published
            or ApplicationStatus.Selected or ApplicationStatus.ContractSigned or ApplicationStatus.PreDeparture or ApplicationStatus.Departed => StatusFamily.Live,
        JobOrderStatus.Filled or JobOrderStatus.Closed or JobOrderStatus.Expired or ApplicationStatus.Returned or ApplicationStatus.Withdrawn => StatusFamily.Done,
        ProfileStatus.Returned or JobOrderStatus.Rejected or ApplicationStatus.NotSelected => StatusFamily.Refused,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A status without a family."),
    };

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var family = FamilyOf(Status).ToString().ToLowerInvariant();
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"badge status-badge status-{family}");
        output.Attributes.SetAttribute("data-family", family);
        output.Content.SetContent(text[$"{Status.GetType().Name}.{Status}"]);
    }
}
