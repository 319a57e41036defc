using System.IO.Compression;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Manifest;

/// <summary>scripts/package-teams-app.sh, run for real in a sandbox copy of the repository.</summary>
public sealed class TeamsAppPackageTests : IDisposable
{
    private const string BotId = "6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";
    private const string OtherBotId = "0a0b0c0d-1111-4222-8333-444455556666";

    private readonly PackagingSandbox _sandbox = new();

    [Fact]
    public async Task Script_BotIdInEnvironment_WritesValidPackageWithThatBotId()
    {
        var output = Path.Combine(_sandbox.Root, "out", "app.zip");

        var run = await _sandbox.RunAsync(
            new Dictionary<string, string?> { ["Bot__AppId"] = BotId, ["TEAMS_APP_PACKAGE"] = output },
            CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var package = ZipFile.OpenRead(output);
        Assert.Equal(
            ["color.png", "manifest.json", "outline.png"],
            package.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
        var manifest = PackagingSandbox.ReadManifest(package);
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(BotId, (string?)manifest["composeExtensions"]![0]!["botId"]);
        Assert.Equal(BotId, (string?)manifest["id"]);
        var validation = SchemaValidator.ValidateTeamsManifest(manifest);
        Assert.True(validation.IsValid, validation.ToString());
    }

    [Fact]
    public async Task Script_NoOutputPathGiven_WritesArtifactsZipWithCommittedIcons()
    {
        var run = await _sandbox.RunAsync(
            new Dictionary<string, string?> { ["Bot__AppId"] = BotId },
            CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var package = ZipFile.OpenRead(_sandbox.DefaultPackagePath);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var packaged = new MemoryStream();
            await using (var stream = package.GetEntry(icon)!.Open())
            {
                await stream.CopyToAsync(packaged, CancellationToken.None);
            }

            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Manifest, icon), CancellationToken.None), packaged.ToArray());
        }
    }

    [Fact]
    public async Task Script_VersionAndAppIdInEnvironment_OverrideManifest()
    {
        const string AppId = "11111111-2222-4333-8444-555555555555";

        var run = await _sandbox.RunAsync(
            new Dictionary<string, string?> { ["Bot__AppId"] = BotId, ["TEAMS_APP_VERSION"] = "2.4.13", ["TEAMS_APP_ID"] = AppId },
            CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var package = ZipFile.OpenRead(_sandbox.DefaultPackagePath);
        var manifest = PackagingSandbox.ReadManifest(package);
        Assert.Equal("2.4.13", (string?)manifest["version"]);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task Script_BotIdOnlyInAppSettings_UsesDevelopmentOverBase()
    {
        _sandbox.WriteAppSettings("appsettings.json", OtherBotId);
        _sandbox.WriteAppSettings("appsettings.Development.json", BotId);

        var run = await _sandbox.RunAsync(new Dictionary<string, string?>(), CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var package = ZipFile.OpenRead(_sandbox.DefaultPackagePath);
        Assert.Equal(BotId, (string?)PackagingSandbox.ReadManifest(package)["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task Script_BotIdInUserSecretsAndAppSettings_PrefersUserSecrets()
    {
        _sandbox.WriteAppSettings("appsettings.Development.json", OtherBotId);
        _sandbox.WriteUserSecrets(BotId);

        var run = await _sandbox.RunAsync(new Dictionary<string, string?>(), CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var package = ZipFile.OpenRead(_sandbox.DefaultPackagePath);
        Assert.Equal(BotId, (string?)PackagingSandbox.ReadManifest(package)["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task Script_NoBotIdConfigured_FailsAndSaysHowToSetIt()
    {
        _sandbox.WriteAppSettings("appsettings.json", "");

        var run = await _sandbox.RunAsync(new Dictionary<string, string?>(), CancellationToken.None);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no bot id is configured", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("Bot__AppId", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.DefaultPackagePath));
    }

    [Theory]
    [InlineData("Bot__AppId", "not-a-guid", "is not a GUID")]
    [InlineData("TEAMS_APP_VERSION", "1.0", "must look like 1.2.3")]
    public async Task Script_InvalidSetting_FailsWithoutPackage(string name, string value, string message)
    {
        var settings = new Dictionary<string, string?> { ["Bot__AppId"] = BotId, [name] = value };

        var run = await _sandbox.RunAsync(settings, CancellationToken.None);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.DefaultPackagePath));
    }

    public void Dispose() => _sandbox.Dispose();
}
