using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>One of the Playground's broadcast WebSockets, handing each JSON event to a callback on a background loop.</summary>
public sealed class PlaygroundStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<JsonNode> _onEvent;
    private Task _receiving = Task.CompletedTask;

    private PlaygroundStream(Action<JsonNode> onEvent) => _onEvent = onEvent;

    /// <summary>Connects to <paramref name="path"/> under the Playground's base address and starts receiving.</summary>
    public static async Task<PlaygroundStream> ConnectAsync(Uri baseAddress, string path, Action<JsonNode> onEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var stream = new PlaygroundStream(onEvent);
        try
        {
            await stream._socket.ConnectAsync(new UriBuilder(baseAddress) { Scheme = "ws", Path = path }.Uri, cancellationToken);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }

        stream._receiving = stream.ReceiveAsync();
        return stream;
    }

    /// <summary>Closes the socket and waits for the loop to end.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", closing.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
            }
        }

        try
        {
            await _receiving;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length);
            frame.SetLength(0);
            JsonNode? json;
            try
            {
                json = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                continue;
            }

            if (json is not null)
            {
                _onEvent(json);
            }
        }
    }
}
