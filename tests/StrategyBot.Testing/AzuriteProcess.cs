using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StrategyBot.Testing;

/// <summary>
/// One Azurite table service on 127.0.0.1, started from the repo's pinned npm package (azurite 3.35.0) with
/// telemetry off. In memory unless given a data folder, so a test that restarts it can keep its rows.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The emulator's well-known development account (public, documented by Microsoft; not a secret).</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The well-known key of <see cref="AccountName"/>.</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(10);

    // Node runs Azurite in-process and stops it when our end of its stdin closes, so a test host that dies without
    // disposing (a crash, a killed run) never leaves an emulator behind holding a port. SIGINT is Azurite's own
    // graceful stop: it flushes its on-disk database, which a kill would cut short (it autosaves every 5 s).
    private const string Watchdog =
        "process.stdin.on('end',()=>{process.kill(process.pid,'SIGINT');setTimeout(()=>process.exit(0),5000).unref();});" +
        "process.stdin.on('data',()=>{});require(process.argv[1]);";

    private readonly Process _process;
    private readonly StringBuilder _output;

    private AzuriteProcess(Process process, StringBuilder output, int port)
    {
        _process = process;
        _output = output;
        Port = port;
    }

    /// <summary>The table service's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The table endpoint, account included (path-style, as Azurite serves it).</summary>
    public Uri TableEndpoint => new($"http://127.0.0.1:{Port}/{AccountName}");

    /// <summary>A connection string for the Azure SDK or the bot's Storage:ConnectionString.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    /// <summary>
    /// Starts Azurite on <paramref name="port"/> (a free one when null). With <paramref name="dataDirectory"/> the
    /// rows are kept on disk there; without it they live in memory. Fails with what to do when Node or the npm
    /// packages are missing: tests never skip storage.
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(string? dataDirectory = null, int? port = null, CancellationToken cancellationToken = default)
    {
        var entry = Path.Combine(FindRepositoryRoot(), "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(entry))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({entry} is missing). Run `npm ci` in the repository root " +
                "(scripts/test.sh does it for you), then run the tests again.");
        }

        // A free port can be taken between our probe and Azurite's bind; try a few before giving up.
        for (var attempt = 1; ; attempt++)
        {
            var chosen = port ?? FreeLoopbackPort();
            try
            {
                return await StartOnceAsync(entry, chosen, dataDirectory, cancellationToken);
            }
            catch (AzuriteStartException ex) when (port is null && attempt < 3 && ex.Message.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
            }
        }
    }

    /// <summary>Stops the emulator gracefully (its data is flushed), killing its process tree if it does not exit.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        _process.StandardInput.Close();
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

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    /// <summary>What Azurite printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private static async Task<AzuriteProcess> StartOnceAsync(string entry, int port, string? dataDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in new[] { "-e", Watchdog, "--", entry, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disableTelemetry", "--silent" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (dataDirectory is null)
        {
            startInfo.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            startInfo.ArgumentList.Add("--location");
            startInfo.ArgumentList.Add(dataDirectory);
        }

        var output = new StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        DataReceivedEventHandler onLine = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data.Contains("successfully started", StringComparison.Ordinal))
            {
                started.TrySetResult();
            }
        };
        process.OutputDataReceived += onLine;
        process.ErrorDataReceived += onLine;
        process.Exited += (_, _) => started.TrySetException(new AzuriteStartException(
            $"Azurite exited with code {process.ExitCode} before it was ready on port {port}:{Environment.NewLine}{Snapshot(output)}"));

        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new InvalidOperationException(
                "Could not start `node` for Azurite: install Node.js 20 or later and make sure `node` is on PATH, " +
                "then run `npm ci` in the repository root.", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, output, port);
        try
        {
            await started.Task.WaitAsync(s_startTimeout, cancellationToken);
            return azurite;
        }
        catch (TimeoutException ex)
        {
            await azurite.DisposeAsync();
            throw new AzuriteStartException($"Azurite did not start within {s_startTimeout.TotalSeconds} s on port {port}:{Environment.NewLine}{Snapshot(output)}", ex);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StrategyBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Could not find StrategyBot.sln above {AppContext.BaseDirectory}; run the tests from the repository (scripts/test.sh).");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
