using System.IO.Compression;
using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Manifest;

/// <summary>
/// A throw-away copy of the parts of the repository that scripts/package-teams-app.sh reads, with its own HOME, so that
/// a developer's own user-secrets or appsettings never change what the packaging tests see.
/// </summary>
internal sealed class PackagingSandbox : IDisposable
{
    private const string UserSecretsId = "strategybot-sandbox";

    public PackagingSandbox()
    {
        Root = Directory.CreateTempSubdirectory("strategybot-package-").FullName;
        Home = Directory.CreateDirectory(Path.Combine(Root, "home")).FullName;
        CopyFile(Path.Combine(RepoPaths.Root, "scripts", "package-teams-app.sh"), Path.Combine(Root, "scripts"));
        foreach (var file in new[] { "manifest.json", "color.png", "outline.png" })
        {
            CopyFile(Path.Combine(RepoPaths.Manifest, file), Path.Combine(Root, "manifest"));
        }

        CopyFile(Path.Combine(RepoPaths.Manifest, "tools", "package-teams-app.mjs"), Path.Combine(Root, "manifest", "tools"));
        AppDirectory = Directory.CreateDirectory(Path.Combine(Root, "src", "StrategyBot.App")).FullName;
        File.WriteAllText(
            Path.Combine(AppDirectory, "StrategyBot.App.csproj"),
            $"<Project><PropertyGroup><UserSecretsId>{UserSecretsId}</UserSecretsId></PropertyGroup></Project>");
    }

    public string Root { get; }

    public string Home { get; }

    public string AppDirectory { get; }

    public string DefaultPackagePath => Path.Combine(Root, "artifacts", "StrategyBot-teams-app.zip");

    public void WriteAppSettings(string fileName, string appId) =>
        File.WriteAllText(
            Path.Combine(AppDirectory, fileName),
            new JsonObject { ["Bot"] = new JsonObject { ["AppId"] = appId } }.ToJsonString());

    public void WriteUserSecrets(string appId)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Home, ".microsoft", "usersecrets", UserSecretsId));
        File.WriteAllText(Path.Combine(folder.FullName, "secrets.json"), new JsonObject { ["Bot:AppId"] = appId }.ToJsonString());
    }

    /// <summary>Runs the script with only the given packaging variables set.</summary>
    public Task<CommandLineResult> RunAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = Home,
            ["Bot__AppId"] = null,
            ["TEAMS_APP_ID"] = null,
            ["TEAMS_APP_VERSION"] = null,
            ["TEAMS_APP_PACKAGE"] = null,
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        return CommandLine.RunAsync("bash", [Path.Combine(Root, "scripts", "package-teams-app.sh")], environment, Root, cancellationToken);
    }

    public static JsonNode ReadManifest(ZipArchive package)
    {
        var entry = package.GetEntry("manifest.json") ?? throw new InvalidDataException("The package has no manifest.json.");
        using var stream = entry.Open();
        return JsonNode.Parse(stream) ?? throw new InvalidDataException("manifest.json is empty.");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void CopyFile(string source, string targetFolder)
    {
        Directory.CreateDirectory(targetFolder);
        File.Copy(source, Path.Combine(targetFolder, Path.GetFileName(source)));
    }
}
