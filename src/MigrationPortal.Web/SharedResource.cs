namespace MigrationPortal.Web;

/// <summary>Anchors the portal's one set of UI texts: Resources/SharedResource.*.resx.</summary>
public sealed class SharedResource
{
}
