using System.Text.RegularExpressions;
using System.Xml.Linq;
using MigrationPortal.Application.JobApplications;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Domain.Workers;

namespace MigrationPortal.UnitTests.Localization;

/// <summary>Four languages complete: every text exists in each, and every text the code asks for exists (docs/design/quality.md, Reach).</summary>
public sealed partial class ResourceCompletenessTests
{
    /// <summary>The repository's root folder, for tests that read the sources.</summary>
    internal static readonly string Root = FindRoot();

    private static string ResourcesFolder => Path.Combine(Root, "src", "MigrationPortal.Web", "Resources");

    public static TheoryData<string> Cultures => new() { "uz-Cyrl", "ru", "en" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Each_language_has_every_text_of_the_default_language_and_no_other(string culture)
    {
        var neutral = Keys("SharedResource.resx");
        var translated = Keys($"SharedResource.{culture}.resx");

        neutral.Except(translated).ShouldBeEmpty($"missing in {culture}");
        translated.Except(neutral).ShouldBeEmpty($"only in {culture}");
    }

    [Fact]
    public void No_text_is_empty()
    {
        foreach (var file in Directory.GetFiles(ResourcesFolder, "*.resx"))
        {
            XDocument.Load(file).Root!.Elements("data")
                .Where(d => string.IsNullOrWhiteSpace(d.Element("value")?.Value))
                .Select(d => d.Attribute("name")!.Value)
                .ShouldBeEmpty(Path.GetFileName(file));
        }
    }

    [Fact]
    public void Every_text_the_pages_ask_for_exists()
    {
        var keys = Keys("SharedResource.resx");
        var web = Path.Combine(Root, "src", "MigrationPortal.Web");
        var asked = Directory.GetFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Concat(SourceFiles(web, "*.cs"))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct()
            .ToList();

        asked.Count.ShouldBeGreaterThan(100);
        asked.Except(keys).ShouldBeEmpty();
    }

    [Fact]
    public void Every_text_the_domain_and_the_application_name_exists()
    {
        var keys = Keys("SharedResource.resx");
        var named = new[] { "MigrationPortal.Domain", "MigrationPortal.Application" }
            .SelectMany(project => SourceFiles(Path.Combine(Root, "src", project), "*.cs"))
            .SelectMany(f => NamedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct()
            .ToList();

        named.Count.ShouldBeGreaterThan(60);
        named.Except(keys).ShouldBeEmpty();
    }

    [Fact]
    public void Every_state_and_reason_the_code_turns_into_a_text_has_one()
    {
        var keys = Keys("SharedResource.resx");
        var composed = Members<ApplicationStatus>("ApplicationStatus")
            .Concat(Members<ApplicationStatus>("ApplicationStatus.Help"))
            .Concat(Members<ApplicationStatus>("Notice.Application"))
            .Concat(Members<NoteAuthor>("Timeline.Note"))
            .Concat(Members<JobOrderStatus>("JobOrderStatus"))
            .Concat(Members<ProfileStatus>("ProfileStatus"))
            .Concat(Members<IneligibleReason>("Eligibility"))
            .Concat(Members<ScreeningRequirement>("Screening.Requirement"))
            .Concat(Members<PassportDateProblem>("Rule.Passport").Where(k => k != "Rule.Passport.None"));

        composed.Except(keys).ShouldBeEmpty();
    }

    [Fact]
    public void Every_error_code_of_the_application_has_a_text()
    {
        var keys = Keys("SharedResource.resx");
        var codes = typeof(MigrationPortal.Application.Common.ErrorCodes).GetFields()
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        codes.Except(keys).ShouldBeEmpty();
    }

    private static IEnumerable<string> SourceFiles(string project, string pattern) =>
        Directory.GetFiles(project, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static IEnumerable<string> Members<TEnum>(string prefix)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Select(name => $"{prefix}.{name}");

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(ResourcesFolder, file)).Root!.Elements("data").Select(d => d.Attribute("name")!.Value)];

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MigrationPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MigrationPortal.sln not found above the test folder.");
    }

    [GeneratedRegex("""(?:\bL|\btext)\["(?<key>[A-Za-z][A-Za-z0-9.\-]+)"[\],]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex("""(?<![{\w])"(?<key>(?:Notice|Rule|Validation|Login|Eligibility)\.[A-Za-z][A-Za-z0-9.\-]*)"(?![.\w])""")]
    private static partial Regex NamedKey();
}
