using System.Diagnostics;
using System.Globalization;

namespace StrategyBot.Bench.Hosting;

/// <summary>How the bench starts Azurite, the bot and the floor, each on a free loopback port.</summary>
internal static class Servers
{
    /// <summary>Azurite's well-known development account key (public, documented by Microsoft; not a secret).</summary>
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // Azurite stops (flushing nothing: it is in memory) when our end of its stdin closes, so a driver that dies
    // never leaves an emulator behind.
    private const string Watchdog =
        "process.stdin.on('end',()=>{process.kill(process.pid,'SIGINT');setTimeout(()=>process.exit(0),5000).unref();});" +
        "process.stdin.on('data',()=>{});require(process.argv[1]);";

    private static readonly HttpClient s_probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    public static string AzuriteConnectionString(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteKey};" +
        $"TableEndpoint=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1;";

    /// <summary>The repo's pinned Azurite (node_modules/azurite), table service only, in memory, telemetry off.</summary>
    public static async Task<(ServerProcess Process, string ConnectionString)> StartAzuriteAsync(
        string repoRoot, string logDirectory, string label, CancellationToken cancellationToken)
    {
        var entry = Path.Combine(repoRoot, "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(entry))
        {
            throw new InvalidOperationException($"Azurite is not installed ({entry} is missing): run `npm ci` in the repo root.");
        }

        var port = ServerProcess.FreeLoopbackPort();
        var startInfo = new ProcessStartInfo("node") { RedirectStandardInput = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in new[]
        {
            "-e", Watchdog, "--", entry, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture),
            "--disableTelemetry", "--inMemoryPersistence", "--silent",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = await ServerProcess.StartAsync(
            "azurite-" + label, startInfo, Path.Combine(logDirectory, $"azurite-{label}.log"), null, "successfully started", cancellationToken);
        return (process, AzuriteConnectionString(port));
    }

    /// <summary>
    /// StrategyBot.App as built in Release, in Development with no app id (anonymous loopback traffic accepted, replies
    /// to the loopback service URL without a token), logging at the production levels of appsettings.json.
    /// </summary>
    public static Task<(ServerProcess Process, Uri BaseAddress)> StartBotAsync(
        string app, string logDirectory, string label, string storage, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(settings)
        {
            ["Bot__AppId"] = "",
            ["Bot__AppSecret"] = "",
            ["Telemetry__AzureMonitorConnectionString"] = "",

            // appsettings.Development.json turns StrategyBot's logs up to Debug; a deployed bot logs at Information.
            ["Logging__LogLevel__StrategyBot"] = "Information",

            // The simulated marketers answer with no think time, which the per-user abuse limit (10 messages per 10 s)
            // would rightly stop. The limiter still runs on every turn; only its bucket is made big enough.
            ["RateLimiting__PermitLimit"] = "10000",
            ["RateLimiting__Window"] = "00:00:01",
        };
        return StartAspNetAsync(app, "bot-" + label, logDirectory, storage, environment, cancellationToken);
    }

    /// <summary>The floor endpoint (bench/Floor) as built in Release; <paramref name="likeBot"/> sets its Floor:LikeBot.</summary>
    public static Task<(ServerProcess Process, Uri BaseAddress)> StartFloorAsync(
        string repoRoot, string logDirectory, string storage, CancellationToken cancellationToken, bool likeBot = false)
    {
        var app = Path.Combine(repoRoot, "bench", "Floor", "bin", "Release", "net10.0", "StrategyBot.Bench.Floor.dll");
        var environment = new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Floor__LikeBot"] = likeBot ? "true" : "false",
        };
        return StartAspNetAsync(app, likeBot ? "floor-like" : "floor", logDirectory, storage, environment, cancellationToken);
    }

    private static async Task<(ServerProcess Process, Uri BaseAddress)> StartAspNetAsync(
        string app, string name, string logDirectory, string storage, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        if (!File.Exists(app))
        {
            throw new InvalidOperationException($"{app} is missing: bench/run.sh builds it (dotnet build -c Release).");
        }

        var port = ServerProcess.FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(app)! };
        startInfo.ArgumentList.Add(app);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Development";
        startInfo.Environment["Storage__ConnectionString"] = storage;
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var health = new Uri(baseAddress, "healthz");
        var process = await ServerProcess.StartAsync(
            name,
            startInfo,
            Path.Combine(logDirectory, name + ".log"),
            async token =>
            {
                using var response = await s_probe.GetAsync(health, token);
                return response.IsSuccessStatusCode;
            },
            readyLine: null,
            cancellationToken);
        return (process, baseAddress);
    }
}
