using System.Xml.Linq;

namespace MigrationPortal.EndToEndTests;

/// <summary>The portal's own translations, read from its .resx files, for steps that must prove a language.</summary>
public static class PortalTexts
{
    /// <summary>The file of a culture, e.g. src/MigrationPortal.Web/Resources/SharedResource.ru.resx.</summary>
    public static string FileOf(string culture) =>
        Path.Combine(Artifacts.RepositoryRoot, "src", "MigrationPortal.Web", "Resources", $"SharedResource.{culture}.resx");

    /// <summary>The text of a key in a culture, or null when that culture has no file (yet) or no such key.</summary>
    public static string? Find(string culture, string key)
    {
        var file = FileOf(culture);
        if (!File.Exists(file))
        {
            return null;
        }

        return XDocument.Load(file).Root?
            .Elements("data")
            .FirstOrDefault(d => (string?)d.Attribute("name") == key)?
            .Element("value")?.Value;
    }
}
