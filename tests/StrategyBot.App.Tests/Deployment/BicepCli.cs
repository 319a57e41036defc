using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StrategyBot.App.Tests.Manifest;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Deployment;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package this test project references; its path is baked
/// into the test assembly at build time, so a fresh clone needs nothing but a restore.
/// </summary>
internal static partial class BicepCli
{
    private static readonly Lazy<string> _path = new(FindExecutable);

    public static string Infra => Path.Combine(RepoPaths.Root, "infra");

    /// <summary>Compiles a template to ARM JSON, failing on any diagnostic (warnings included).</summary>
    public static async Task<JsonObject> BuildAsync(string bicepFile, CancellationToken cancellationToken)
    {
        var run = await RunAsync(["build", bicepFile, "--stdout"], cancellationToken);
        var diagnostics = Diagnostics(run);
        if (run.ExitCode != 0 || diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"bicep build {bicepFile} reported problems:\n{run}");
        }

        return JsonNode.Parse(run.StandardOutput)?.AsObject()
            ?? throw new InvalidDataException($"bicep build {bicepFile} wrote no JSON.");
    }

    public static Task<CommandLineResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        CommandLine.RunAsync(_path.Value, arguments, new Dictionary<string, string?>(), Infra, cancellationToken);

    /// <summary>The "file(line,col) : Warning|Error rule: message" lines bicep prints for a template.</summary>
    public static IReadOnlyList<string> Diagnostics(CommandLineResult run) =>
        [.. (run.StandardOutput + "\n" + run.StandardError)
            .Split('\n')
            .Where(line => DiagnosticLine().IsMatch(line))];

    private static string FindExecutable()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "BicepPath")?.Value;
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Bicep CLI was not found at '{path}'. It comes from the Azure.Bicep.CommandLine.linux-x64 package " +
                "(Directory.Packages.props); run `dotnet restore` on a Linux x64 machine.");
        }

        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The deployment tests run the linux-x64 Bicep CLI; run them on Linux x64.");
        }

        // NuGet does not promise to keep the executable bit when it extracts a package.
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }

        return path;
    }

    [GeneratedRegex(@"\(\d+,\d+\)\s*:\s*(Warning|Error)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosticLine();
}
