using System.Security.Cryptography;
using System.Text.RegularExpressions;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Docs;

/// <summary>
/// The repository's own docs stand in for reference material that used to live outside it: every section a comment or
/// document cites must exist, and the schema copies must be the upstream files their README names.
/// </summary>
public sealed partial class DocReferencesTests
{
    private static readonly string[] s_sourceFolders = ["src", "tests", "bench", "scripts", "docs"];
    private static readonly string[] s_extensions = [".cs", ".md", ".sh", ".mjs"];
    private static readonly string[] s_skippedFolders = ["bin", "obj", "node_modules", "artifacts", "TestResults"];

    [Fact]
    public void Citations_OfProtocolAndPlaygroundDocs_NameSectionsThatExist()
    {
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["bot-protocol.md"] = Anchors(Path.Combine(RepoPaths.Root, "docs", "bot-protocol.md")),
            ["playground.md"] = Anchors(Path.Combine(RepoPaths.Root, "docs", "playground.md")),
        };

        var citations = SourceFiles()
            .SelectMany(file => CitationPattern().Matches(File.ReadAllText(file))
                .Select(match => (File: Path.GetRelativePath(RepoPaths.Root, file), Doc: match.Groups["doc"].Value, Anchor: match.Groups["anchor"].Value)))
            .ToList();
        var broken = citations.Where(c => !anchors[c.Doc].Contains(c.Anchor)).Select(c => $"{c.File}: {c.Doc}#{c.Anchor}").ToList();

        Assert.True(citations.Count > 40, $"Only {citations.Count} citations found; the search is not looking where the comments are.");
        Assert.True(broken.Count == 0, "Citations of missing sections:" + Environment.NewLine + string.Join(Environment.NewLine, broken));
    }

    [Fact]
    public void Citations_WithoutASection_AreNotLeftBehind()
    {
        var bare = SourceFiles()
            .SelectMany(file => BareCitationPattern().Matches(File.ReadAllText(file))
                .Select(match => $"{Path.GetRelativePath(RepoPaths.Root, file)}: {match.Value}"))
            .ToList();

        Assert.True(bare.Count == 0, "Cite a section (file.md#anchor), not a file or an old section number:" + Environment.NewLine + string.Join(Environment.NewLine, bare));
    }

    [Theory]
    [InlineData("adaptive-card-1.5.json")]
    [InlineData("teams-manifest-1.30.json")]
    public void Schema_InTheRepository_IsTheUpstreamFileItsReadmeNames(string fileName)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Schemas, "README.md"));
        var row = readme.Split('\n').Single(line => line.StartsWith($"| `{fileName}` |", StringComparison.Ordinal));

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepoPaths.Schemas, fileName))));

        Assert.Contains($"`{hash}`", row, StringComparison.Ordinal);
        Assert.Contains($"=== {fileName}:", File.ReadAllText(Path.Combine(RepoPaths.Schemas, "THIRD-PARTY-NOTICES.txt")), StringComparison.Ordinal);
    }

    // GitHub's heading anchors: lower case, punctuation other than hyphens dropped, spaces as hyphens.
    private static HashSet<string> Anchors(string markdown) =>
        File.ReadLines(markdown)
            .Where(line => line.StartsWith('#'))
            .Select(line => HeadingPunctuation().Replace(line.TrimStart('#').Trim().ToLowerInvariant(), "").Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles() =>
        s_sourceFolders
            .Select(folder => Path.Combine(RepoPaths.Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => s_extensions.Contains(Path.GetExtension(file), StringComparer.Ordinal))
            .Where(file => !Path.GetRelativePath(RepoPaths.Root, file).Split(Path.DirectorySeparatorChar).Intersect(s_skippedFolders).Any())
            .Append(Path.Combine(RepoPaths.Root, "README.md"))
            .Append(Path.Combine(RepoPaths.Root, "SECURITY.md"));

    [GeneratedRegex(@"(?<doc>bot-protocol\.md|playground\.md)#(?<anchor>[a-z0-9-]+)")]
    private static partial Regex CitationPattern();

    [GeneratedRegex(@"(?:bot-protocol\.md|playground\.md)(?:\s*§|,\s*"")")]
    private static partial Regex BareCitationPattern();

    [GeneratedRegex(@"[^\p{L}\p{Nd} -]")]
    private static partial Regex HeadingPunctuation();
}
