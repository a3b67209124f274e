using MigrationPortal.Application.Organizations.Employers;
using MigrationPortal.Application.Reference;

namespace MigrationPortal.Web.Areas.Admin.Pages.Employers;

/// <summary>What the shared employer fields need from the create and edit pages.</summary>
public interface IEmployerForm
{
    IEmployerInput Input { get; }

    IReadOnlyList<Option> Countries { get; }
}
