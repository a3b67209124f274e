namespace MigrationPortal.Web.Composition;

/// <summary>A setting that lists values: one comma-separated string (as an environment variable gives it) or an array.</summary>
public static class ConfigurationLists
{
    public static IEnumerable<string> ListedValues(this IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var listed = section.Value is { Length: > 0 } value ? value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        return listed.Concat(section.GetChildren().Select(child => child.Value).OfType<string>().Where(v => v.Length > 0));
    }
}
