using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>
/// Drives a running Playground through the HTTP and WebSocket API its own UI uses (pinned 0.2.28; routes in
/// shared/reference/playground.md) and collects what the bot says in the personal chat. The WebSocket is connected
/// before anything is sent, because the Playground buffers events only while no client is connected.
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket;
    private readonly string _logPath;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PlaygroundMessage> _messages = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;

    private PlaygroundClient(HttpClient http, ClientWebSocket socket, PlaygroundTestConfig config, string logPath)
    {
        _http = http;
        _socket = socket;
        Config = config;
        _logPath = logPath;
    }

    /// <summary>The Playground's tenant, bot, user and personal chat ids.</summary>
    public PlaygroundTestConfig Config { get; }

    /// <summary>Every bot message received so far, in arrival order.</summary>
    public IReadOnlyList<PlaygroundMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Reads the test config and connects the conversation WebSocket.</summary>
    public static async Task<PlaygroundClient> ConnectAsync(Uri baseAddress, string logPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var socket = new ClientWebSocket();
        try
        {
            var json = await http.GetFromJsonAsync<JsonNode>("_internal/v1/testConfig", cancellationToken)
                ?? throw new InvalidDataException("The Playground returned an empty testConfig.");
            var client = new PlaygroundClient(http, socket, PlaygroundTestConfig.Parse(json), logPath);
            var stream = new UriBuilder(baseAddress) { Scheme = "ws", Path = "_ws_conversation/v1/conversations/stream" }.Uri;
            await socket.ConnectAsync(stream, cancellationToken);
            client._receiving = client.ReceiveAsync();
            return client;
        }
        catch
        {
            socket.Dispose();
            http.Dispose();
            throw;
        }
    }

    /// <summary>Installs the app in the personal chat: the bot gets installationUpdate (add) and conversationUpdate.</summary>
    public async Task InstallAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync(
            $"_debug/conversation/{Uri.EscapeDataString(Config.PersonalChatId)}/installation", new JsonObject(), cancellationToken);
        await EnsureSuccessAsync(response, "install", cancellationToken);
    }

    /// <summary>Sends a plain-text message from the user; returns the Playground's id for it.</summary>
    public async Task<string> SendTextAsync(string text, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["from"] = From(), ["text"] = text, ["textFormat"] = "plain" };
        using var response = await _http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(Config.PersonalChatId)}/messages", body, cancellationToken);
        await EnsureSuccessAsync(response, $"send '{text}'", cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        return (string?)answer?["messageId"] ?? throw new InvalidDataException("The Playground did not return a messageId.");
    }

    /// <summary>An Action.Submit on the card in message <paramref name="replyToId"/>: the bot gets a message whose value is <paramref name="value"/>.</summary>
    public async Task SubmitAsync(string replyToId, JsonObject value, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = Config.PersonalChatId },
            ["from"] = From(),
            ["replyToId"] = replyToId,
            ["value"] = value.DeepClone(),
        };
        using var response = await _http.PostAsJsonAsync("_conversation/v1/submit", body, cancellationToken);
        await EnsureSuccessAsync(response, "submit", cancellationToken);
    }

    /// <summary>Sends an invoke (by default adaptiveCard/action, an Action.Execute) and returns the bot's invoke response.</summary>
    /// <param name="replyToId">The message whose card holds the action.</param>
    /// <param name="value">For Action.Execute: <c>{"action":{"type":"Action.Execute","verb":...,"data":{...}}}</c>.</param>
    /// <param name="name">The invoke name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<PlaygroundInvokeResponse> InvokeAsync(
        string replyToId, JsonObject value, string name = "adaptiveCard/action", CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["conversation"] = new JsonObject { ["id"] = Config.PersonalChatId },
            ["from"] = From(),
            ["replyToId"] = replyToId,
            ["value"] = value.DeepClone(),
        };
        using var response = await _http.PostAsJsonAsync("_conversation/v1/invoke", body, cancellationToken);
        await EnsureSuccessAsync(response, $"invoke {name}", cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        return new PlaygroundInvokeResponse((string?)answer?["type"], answer?["value"]?.DeepClone());
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived in total; returns all of them.</summary>
    public async Task<IReadOnlyList<PlaygroundMessage>> WaitForMessagesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await WaitUntilAsync(messages => messages.Count >= count, $"{count} message(s)", timeout, cancellationToken);
        return Messages;
    }

    /// <summary>Waits for the first message (already received or still to come) that matches <paramref name="predicate"/>.</summary>
    public async Task<PlaygroundMessage> WaitForMessageAsync(
        Func<PlaygroundMessage, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        PlaygroundMessage? found = null;
        await WaitUntilAsync(messages => (found = messages.FirstOrDefault(predicate)) is not null, "a matching message", timeout, cancellationToken);
        return found!;
    }

    /// <summary>Closes the WebSocket.</summary>
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
        _http.Dispose();
        _stop.Dispose();
    }

    private JsonObject From() => new() { ["id"] = Config.UserId };

    private async Task WaitUntilAsync(
        Func<IReadOnlyList<PlaygroundMessage>, bool> condition, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition(_messages))
                {
                    return;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var received = Messages;
                throw new TimeoutException(
                    $"Waited {timeout.TotalSeconds} s for {what} from the bot; received {received.Count}:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, received) + Environment.NewLine + BotProcessLog.TailOf(_logPath));
            }
        }
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
            Accept(text);
        }
    }

    private void Accept(string text)
    {
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return;
        }

        var action = (string?)json?["action"];
        if (action is not ("createMessage" or "updateMessage") || json?["message"] is not JsonObject message)
        {
            return;
        }

        lock (_gate)
        {
            _messages.Add(new PlaygroundMessage(_messages.Count, action, (string?)json["actionConversationId"] ?? "", message));
            var changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            changed.SetResult();
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"Playground {what} answered {(int)response.StatusCode} {response.ReasonPhrase}: {body}", null, response.StatusCode);
        }
    }
}
