using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace StrategyBot.Bench.Hosting;

/// <summary>
/// A server the bench starts as its own process (Azurite, the bot, the floor): output to a log file, ready when a
/// probe says so, stopped with SIGTERM (killed if it lingers). Its pid is what the CPU and RSS figures are read from.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();
    private readonly bool _stopByClosingStdin;
    private readonly Queue<string> _recentLines = new();
    private bool _logClosed;

    private ServerProcess(string name, Process process, StreamWriter log, string logPath, bool stopByClosingStdin)
    {
        Name = name;
        _process = process;
        _log = log;
        LogPath = logPath;
        _stopByClosingStdin = stopByClosingStdin;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>True when one of the last 5,000 lines the process printed contains <paramref name="fragment"/>.</summary>
    public bool Printed(string fragment)
    {
        lock (_logLock)
        {
            return _recentLines.Any(l => l.Contains(fragment, StringComparison.Ordinal));
        }
    }

    /// <summary>A TCP port nobody listens on right now.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Starts <paramref name="startInfo"/> and waits until <paramref name="readyAsync"/> answers true (polled every
    /// 100 ms) or, when given, a line containing <paramref name="readyLine"/> appears in its output.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(
        string name,
        ProcessStartInfo startInfo,
        string logPath,
        Func<CancellationToken, Task<bool>>? readyAsync,
        string? readyLine,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(startInfo);
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: false);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var server = new ServerProcess(name, process, log, logPath, startInfo.RedirectStandardInput);
        var lineSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        DataReceivedEventHandler onLine = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            server.Write(e.Data);
            if (readyLine is not null && e.Data.Contains(readyLine, StringComparison.Ordinal))
            {
                lineSeen.TrySetResult();
            }
        };
        process.OutputDataReceived += onLine;
        process.ErrorDataReceived += onLine;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} while starting; see {logPath}.");
            }

            if (lineSeen.Task.IsCompleted || (readyAsync is not null && await ProbeAsync(readyAsync, cancellationToken)))
            {
                return server;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"{name} was not ready within 90 s; see {logPath}.");
    }

    /// <summary>SIGTERM (or closing stdin, for Azurite's watchdog), then a kill after 15 s.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            if (_stopByClosingStdin)
            {
                _process.StandardInput.Close();
            }
            else
            {
                using var kill = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
            }

            try
            {
                await _process.WaitForExitAsync().WaitAsync(s_stopTimeout);
            }
            catch (TimeoutException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        lock (_logLock)
        {
            _logClosed = true;
            _log.Dispose();
        }

        _process.Dispose();
    }

    private static async Task<bool> ProbeAsync(Func<CancellationToken, Task<bool>> readyAsync, CancellationToken cancellationToken)
    {
        try
        {
            return await readyAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Write(string line)
    {
        lock (_logLock)
        {
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }

            _recentLines.Enqueue(line);
            if (_recentLines.Count > 5000)
            {
                _recentLines.Dequeue();
            }
        }
    }
}
