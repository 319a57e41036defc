using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace StrategyBot.Testing;

/// <summary>
/// The pinned Microsoft 365 Agents Playground (npm 0.2.28) as a child process, pointed at a bot endpoint, quiet and
/// offline (docs/playground.md#starting-offline): no browser, no telemetry, no statsbeat. Each instance has its own port,
/// config file and user, so instances never share state and can run beside a developer's local run.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(30);

    // Node exits when our end of its stdin closes, so a test host that dies without disposing leaves no Playground.
    private const string Watchdog =
        "process.stdin.on('end',()=>process.exit(0));process.stdin.on('data',()=>{});require(process.argv[1]);";

    private readonly Process _process;
    private readonly string _workingDirectory;
    private readonly BotProcessLog _console;

    private PlaygroundProcess(Process process, string workingDirectory, BotProcessLog console, int port, PlaygroundUser user, string personalChatId, string logPath)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        _console = console;
        Port = port;
        User = user;
        PersonalChatId = personalChatId;
        LogPath = logPath;
    }

    /// <summary>The Playground's port on every interface (it has no host option); tests use 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The UI and API address, for example http://127.0.0.1:51234/.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>The signed-in user of this instance.</summary>
    public PlaygroundUser User { get; }

    /// <summary>The id of the personal (1:1) chat with the bot.</summary>
    public string PersonalChatId { get; }

    /// <summary>The Playground's own log (every activity in both directions); the console output sits beside it.</summary>
    public string LogPath { get; }

    /// <summary>
    /// Starts the Playground against <paramref name="botEndpoint"/> and waits until <c>/_debug/ping</c> answers.
    /// </summary>
    /// <param name="botEndpoint">The bot's messaging endpoint, for example http://127.0.0.1:5000/api/messages.</param>
    /// <param name="user">The signed-in user; a fresh unique user when null.</param>
    /// <param name="timeZone">The IANA zone for the activities' localTimezone (the process TZ); UTC when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<PlaygroundProcess> StartAsync(
        Uri botEndpoint,
        PlaygroundUser? user = null,
        string? timeZone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        var cli = Path.Combine(RepoPaths.NodeModules, "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException(
                $"The Microsoft 365 Agents Playground is not installed ({cli} is missing). Run `npm ci` in the repository root, then run the tests again.");
        }

        user ??= PlaygroundUser.CreateUnique();

        // The port is probed free, but another process can take it before node binds; the Playground then silently
        // moves to a random port (docs/playground.md#port-fallback), which we detect and retry.
        for (var attempt = 1; ; attempt++)
        {
            var playground = await StartOnceAsync(cli, botEndpoint, user, timeZone, FreePort(), cancellationToken);
            if (playground is not null)
            {
                return playground;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException("The Playground could not get a free port in 3 attempts.");
            }
        }
    }

    /// <summary>Opens an API client with its conversation WebSocket already connected.</summary>
    public Task<PlaygroundClient> ConnectAsync(CancellationToken cancellationToken = default) =>
        PlaygroundClient.ConnectAsync(BaseAddress, LogPath, cancellationToken);

    /// <summary>Stops the Playground and its children, then removes its working folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _console.Dispose();
        Directory.Delete(_workingDirectory, recursive: true);
    }

    private static async Task<PlaygroundProcess?> StartOnceAsync(
        string cli, Uri botEndpoint, PlaygroundUser user, string? timeZone, int port, CancellationToken cancellationToken)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("strategybot-playground-").FullName;
        var personalChatId = Guid.NewGuid().ToString();
        var configPath = PlaygroundConfigFile.Write(workingDirectory, user, personalChatId);
        var logFolder = RepoPaths.ArtifactsFolder("e2e");
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var logPath = Path.Combine(logFolder, $"playground-{stamp}-{port}.log");
        var console = new BotProcessLog(Path.Combine(logFolder, $"playground-{stamp}-{port}.console.log"));
        var serviceUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/_connector";

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "-e", Watchdog, "--", cli,
            "-e", botEndpoint.ToString(), "-c", "msteams", "--disable-telemetry",
            "-p", port.ToString(CultureInfo.InvariantCulture), "--service-url", serviceUrl,
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        startInfo.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "1";
        startInfo.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = logPath;
        startInfo.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configPath;
        startInfo.Environment["TZ"] = timeZone ?? "UTC";
        // This one makes the Playground send a dummy JWT and change serviceUrl; the bot must see what Teams-less dev sees.
        startInfo.Environment.Remove("M365_AGENTS_PLAYGROUND_TARGET_SDK");

        var listeningPort = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        DataReceivedEventHandler onLine = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            console.Write(e.Data);
            var match = ListeningLine().Match(e.Data);
            if (match.Success)
            {
                listeningPort.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        };
        process.OutputDataReceived += onLine;
        process.ErrorDataReceived += onLine;
        process.Exited += (_, _) => listeningPort.TrySetException(new InvalidOperationException(
            $"The Playground exited with code {process.ExitCode} before it listened.{Environment.NewLine}{console.Tail()}"));

        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            console.Dispose();
            Directory.Delete(workingDirectory, recursive: true);
            throw new InvalidOperationException("Could not start `node` for the Playground: install Node.js 20 or later and put it on PATH.", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new PlaygroundProcess(process, workingDirectory, console, port, user, personalChatId, logPath);
        try
        {
            var actualPort = await listeningPort.Task.WaitAsync(_startTimeout, cancellationToken);
            if (actualPort != port)
            {
                await playground.DisposeAsync();
                return null;
            }

            await playground.WaitUntilReadyAsync(cancellationToken);
            return playground;
        }
        catch (TimeoutException ex)
        {
            var tail = console.Tail();
            await playground.DisposeAsync();
            throw new InvalidOperationException($"The Playground did not start on port {port}: {ex.Message}{Environment.NewLine}{tail}", ex);
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < _startTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The Playground exited with code {_process.ExitCode} while starting.{Environment.NewLine}{BotProcessLog.TailOf(LogPath)}{Environment.NewLine}{_console.Tail()}");
            }

            try
            {
                if (await http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative), cancellationToken) == "pong")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await poll.WaitForNextTickAsync(cancellationToken);
        }

        throw new TimeoutException(
            $"The Playground did not answer /_debug/ping within {_startTimeout.TotalSeconds} s.{Environment.NewLine}{BotProcessLog.TailOf(LogPath)}");
    }

    private static int FreePort()
    {
        // Any, not loopback: the Playground binds every interface, so the port must be free on all of them.
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
