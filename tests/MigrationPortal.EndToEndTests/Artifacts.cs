namespace MigrationPortal.EndToEndTests;

/// <summary>Where the tests leave what a person may want to look at afterwards, and where the sources are.</summary>
public static class Artifacts
{
    public const string Variable = "MIGRATIONPORTAL_ARTIFACTS";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder holding MigrationPortal.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>$MIGRATIONPORTAL_ARTIFACTS/screenshots, or artifacts/test/screenshots under the repository root.</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(Variable);
            var folder = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(RepositoryRoot, "artifacts", "test")
                : Path.GetFullPath(configured);
            return Path.Combine(folder, "screenshots");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MigrationPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"MigrationPortal.sln not found above {AppContext.BaseDirectory}.");
    }
}
