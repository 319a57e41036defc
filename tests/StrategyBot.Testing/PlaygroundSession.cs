namespace StrategyBot.Testing;

/// <summary>A Playground process and a connected client for one test: one user, one personal chat.</summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    private PlaygroundSession(PlaygroundProcess process, PlaygroundClient client)
    {
        Process = process;
        Client = client;
    }

    /// <summary>The running Playground.</summary>
    public PlaygroundProcess Process { get; }

    /// <summary>The API client, WebSocket already connected.</summary>
    public PlaygroundClient Client { get; }

    /// <summary>
    /// Starts a Playground for a fresh unique user (or <paramref name="user"/>) whose client is in <paramref name="timeZone"/>
    /// (UTC when null), and connects to it.
    /// </summary>
    public static async Task<PlaygroundSession> StartAsync(
        Uri botEndpoint, PlaygroundUser? user = null, string? timeZone = null, CancellationToken cancellationToken = default)
    {
        var process = await PlaygroundProcess.StartAsync(botEndpoint, user, timeZone, cancellationToken);
        try
        {
            return new PlaygroundSession(process, await process.ConnectAsync(cancellationToken));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the client, then stops the Playground.</summary>
    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Process.DisposeAsync();
    }
}
