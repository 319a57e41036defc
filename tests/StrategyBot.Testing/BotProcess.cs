using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace StrategyBot.Testing;

/// <summary>
/// StrategyBot.App as a real process (<c>dotnet StrategyBot.App.dll</c>) on a free loopback port, in Development with
/// no bot app id, so it accepts the Playground's anonymous loopback traffic. It keeps its port across restarts, so a
/// Playground pointed at it keeps working after <see cref="StopAsync"/>/<see cref="Kill"/> and <see cref="StartAsync"/>.
/// It builds nothing: the test project references StrategyBot.App, so the app is built with the tests.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan _stopTimeout = TimeSpan.FromSeconds(15);

    private readonly string _storageConnectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly BotProcessLog _log;
    private Process? _process;
    private int _runs;

    /// <summary>Prepares (does not start) the bot with its storage and any extra configuration.</summary>
    /// <param name="storageConnectionString">Storage:ConnectionString, for example from the Azurite fixture.</param>
    /// <param name="settings">More configuration as environment variables (Section__Key); a null value removes one.</param>
    public BotProcess(string storageConnectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storageConnectionString);
        _storageConnectionString = storageConnectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        AppPath = FindApp();
        Port = FreeLoopbackPort();
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        _log = new BotProcessLog(Path.Combine(RepoPaths.ArtifactsFolder("e2e"), $"bot-{stamp}-{Port}.log"));
    }

    /// <summary>The StrategyBot.App.dll that is run.</summary>
    public string AppPath { get; }

    /// <summary>The bot's port on 127.0.0.1; the same for every run of this instance.</summary>
    public int Port { get; }

    /// <summary>For example http://127.0.0.1:51234/.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>The Bot Framework messaging endpoint, to give the Playground.</summary>
    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    /// <summary>The bot's console output (every run, appended).</summary>
    public string LogPath => _log.Path;

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the bot and waits until <c>/healthz</c> answers 200 (storage reachable).</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The bot is already running.");
        }

        _process?.Dispose();
        _runs++;
        _log.Write($"----- run {_runs}: dotnet {AppPath} on {BaseAddress} -----");
        var process = new Process { StartInfo = CreateStartInfo(), EnableRaisingEvents = true };
        DataReceivedEventHandler onLine = (_, e) =>
        {
            if (e.Data is not null)
            {
                _log.Write(e.Data);
            }
        };
        process.OutputDataReceived += onLine;
        process.ErrorDataReceived += onLine;
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new InvalidOperationException("Could not start `dotnet` for the bot; is the .NET SDK on PATH?", ex);
        }

        _process = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilHealthyAsync(process, cancellationToken);
    }

    /// <summary>Stops the bot gracefully (SIGTERM, as App Service or Ctrl+C would) and waits for it to exit.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            process.Kill(entireProcessTree: true);
        }
        else
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync(cancellationToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_stopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"The bot did not stop within {_stopTimeout.TotalSeconds} s of SIGTERM and was killed.{Environment.NewLine}{_log.Tail()}");
        }

        _log.Write($"----- run {_runs} stopped with exit code {process.ExitCode} -----");
    }

    /// <summary>Kills the bot at once (SIGKILL: no shutdown code runs), for crash tests.</summary>
    public void Kill()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        _log.Write($"----- run {_runs} killed -----");
    }

    /// <summary>Kills the bot if it still runs and closes the log.</summary>
    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        _log.Dispose();
        return ValueTask.CompletedTask;
    }

    private ProcessStartInfo CreateStartInfo()
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            // The content root, so appsettings*.json next to the app are read.
            WorkingDirectory = Path.GetDirectoryName(AppPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(AppPath);
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Development";
        startInfo.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        startInfo.Environment["Storage__ConnectionString"] = _storageConnectionString;
        // Empty, not absent: an app id in a developer's user-secrets would otherwise switch anonymous access off.
        startInfo.Environment["Bot__AppId"] = "";
        startInfo.Environment["Bot__AppSecret"] = "";
        startInfo.Environment["Telemetry__AzureMonitorConnectionString"] = "";
        foreach (var (name, value) in _settings)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        return startInfo;
    }

    private async Task WaitUntilHealthyAsync(Process process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        var started = Stopwatch.GetTimestamp();
        var last = "no answer";
        while (Stopwatch.GetElapsedTime(started) < _startTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {process.ExitCode} while starting.{Environment.NewLine}{_log.Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = "timed out";
            }

            await poll.WaitForNextTickAsync(cancellationToken);
        }

        Kill();
        throw new TimeoutException(
            $"The bot's /healthz did not answer 200 within {_startTimeout.TotalSeconds} s (last: {last}).{Environment.NewLine}{_log.Tail()}");
    }

    /// <summary>The app's own build output for the tests' configuration, else the copy beside the test assembly.</summary>
    private static string FindApp()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testOutput.Name;
        var configuration = testOutput.Parent?.Name ?? "Debug";
        string[] candidates =
        [
            Path.Combine(RepoPaths.Root, "src", "StrategyBot.App", "bin", configuration, framework, "StrategyBot.App.dll"),
            Path.Combine(AppContext.BaseDirectory, "StrategyBot.App.dll"),
        ];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"StrategyBot.App.dll was not found (looked at {string.Join(", ", candidates)}). Build the tests first: they reference the app.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
