using System.Reflection;
using System.Text.Json.Nodes;
using StrategyBot.App.Tests.Manifest;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Deployment;

/// <summary>
/// The container image of StrategyBot.App, built by the SDK's own container tooling (dotnet publish -t:PublishContainer)
/// into an OCI archive, as no container runtime or internet is needed for that. The base image comes from a loopback
/// registry (see <see cref="LoopbackImageRegistry"/>); the production base, mcr.microsoft.com's chiseled ASP.NET image,
/// is checked as the value the SDK computes.
/// </summary>
public sealed class ContainerImageTests
{
    private static readonly string _project = Path.Combine(RepoPaths.Root, "src", "StrategyBot.App", "StrategyBot.App.csproj");
    private static readonly Lazy<Task<ContainerImage>> _image = new(BuildImageAsync);

    // The app was built with the tests, in their configuration; publishing reuses that build.
    private static readonly string _configuration =
        typeof(ContainerImageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    [Fact]
    public async Task Evaluate_ContainerSettings_ChiseledAspNetBaseAsNonRootOnPort8080()
    {
        var run = await CommandLine.RunAsync(
            "dotnet",
            ["msbuild", _project, "-restore:false", "-t:ComputeContainerConfig", $"-p:Configuration={_configuration}",
             "-getProperty:ContainerBaseImage", "-getProperty:ContainerUser", "-getItem:ContainerPort"],
            new Dictionary<string, string?>(),
            RepoPaths.Root,
            CancellationToken.None,
            TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, run.ToString());
        var evaluated = JsonNode.Parse(run.StandardOutput)!;
        // "-extra" because the app needs ICU and time zone data (Persian text, Jalali dates, IANA zones).
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", (string?)evaluated["Properties"]!["ContainerBaseImage"]);
        Assert.Equal("1654", (string?)evaluated["Properties"]!["ContainerUser"]);
        var port = Assert.Single(evaluated["Items"]!["ContainerPort"]!.AsArray())!;
        Assert.Equal("8080", (string?)port["Identity"]);
        Assert.Equal("tcp", (string?)port["Type"]);
    }

    [Fact]
    public async Task PublishContainer_Archive_RunsTheAppAsNonRootUserOnPort8080()
    {
        var config = (await _image.Value).Config;

        Assert.Equal("1654", (string?)config["User"]);
        Assert.Equal(["8080/tcp"], config["ExposedPorts"]!.AsObject().Select(port => port.Key));
        Assert.Equal(["dotnet", "/app/StrategyBot.App.dll"], config["Entrypoint"]!.AsArray().Select(part => (string?)part));
        Assert.Equal("/app/", (string?)config["WorkingDir"]);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", config["Env"]!.AsArray().Select(variable => (string?)variable));
    }

    [Fact]
    public async Task PublishContainer_Archive_AppLayerHoldsTheAppAndNoSecrets()
    {
        var image = await _image.Value;

        var app = image.LayerFiles[^1];
        Assert.Contains("/app/StrategyBot.App.dll", app);
        Assert.Contains("/app/appsettings.json", app);
        Assert.DoesNotContain(app, path => path.EndsWith("secrets.json", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".local.json", StringComparison.OrdinalIgnoreCase));
        // Every setting comes from the environment: the image bakes in none of the deployment's values.
        Assert.DoesNotContain(image.Config["Env"]!.AsArray().Select(variable => (string?)variable), variable =>
            variable!.StartsWith("Bot__", StringComparison.Ordinal) || variable.StartsWith("Storage__", StringComparison.Ordinal));
    }

    private static async Task<ContainerImage> BuildImageAsync()
    {
        await using var registry = await LoopbackImageRegistry.StartAsync();
        var output = Directory.CreateTempSubdirectory("strategybot-image-");
        try
        {
            var archive = Path.Combine(output.FullName, "strategybot.tar");
            var run = await CommandLine.RunAsync(
                "dotnet",
                ["publish", _project, "-c", _configuration, "--no-build", "-t:PublishContainer",
                 $"-p:ContainerBaseImage={registry.BaseImage}",
                 $"-p:ContainerArchiveOutputPath={archive}",
                 "-o", Path.Combine(output.FullName, "publish")],
                new Dictionary<string, string?> { ["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = registry.Host },
                RepoPaths.Root,
                CancellationToken.None,
                TimeSpan.FromMinutes(8));
            Assert.True(run.ExitCode == 0, run.ToString());
            return await ContainerImage.ReadAsync(archive, CancellationToken.None);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
