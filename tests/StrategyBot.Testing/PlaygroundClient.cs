using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>
/// Drives a running Playground through the HTTP and WebSocket API its own UI uses (pinned 0.2.28; routes in
/// docs/playground.md#http-api) and collects what the bot says in the personal chat. Both WebSockets are connected
/// before anything is sent, because the Playground buffers events only while no client is connected. The log stream
/// tells when the bot has answered every activity the client caused (<see cref="WaitForIdleAsync"/>), and is written
/// to a .activities.jsonl file beside the Playground log for diagnosis.
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    private const string PlaygroundName = "Microsoft 365 Agents Playground";
    private const string BotName = "User Application";

    // The bot's display name in the config PlaygroundConfigFile writes: what an @mention of it reads.
    private const string MentionedBotName = "Test Bot";

    private readonly HttpClient _http;
    private readonly string _logPath;
    private readonly BotProcessLog _activities;
    private readonly List<PlaygroundMessage> _messages = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PlaygroundStream? _conversationStream;
    private PlaygroundStream? _logStream;
    private int _forwardsExpected;
    private int _forwardsAnswered;
    private int _botMessagesSent;

    private PlaygroundClient(HttpClient http, PlaygroundTestConfig config, string logPath)
    {
        _http = http;
        Config = config;
        _logPath = logPath;
        _activities = new BotProcessLog(Path.ChangeExtension(logPath, ".activities.jsonl"));
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

    /// <summary>Reads the test config and connects the conversation and log WebSockets.</summary>
    public static async Task<PlaygroundClient> ConnectAsync(Uri baseAddress, string logPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        PlaygroundClient? client = null;
        try
        {
            var json = await http.GetFromJsonAsync<JsonNode>("_internal/v1/testConfig", cancellationToken)
                ?? throw new InvalidDataException("The Playground returned an empty testConfig.");
            client = new PlaygroundClient(http, PlaygroundTestConfig.Parse(json), logPath);
            client._conversationStream = await PlaygroundStream.ConnectAsync(
                baseAddress, "_ws_conversation/v1/conversations/stream", client.OnConversationEvent, cancellationToken);
            client._logStream = await PlaygroundStream.ConnectAsync(baseAddress, "_ws/log/stream", client.OnLogEvent, cancellationToken);
            return client;
        }
        catch
        {
            if (client is not null)
            {
                await client.DisposeAsync();
            }
            else
            {
                http.Dispose();
            }

            throw;
        }
    }

    /// <summary>Installs the app in the personal chat: the bot gets installationUpdate (add) and conversationUpdate.</summary>
    public async Task InstallAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync(
            $"_debug/conversation/{Uri.EscapeDataString(Config.PersonalChatId)}/installation", new JsonObject(), cancellationToken);
        await EnsureSuccessAsync(response, "install", cancellationToken);

        // installationUpdate and conversationUpdate (msteams channel).
        Interlocked.Add(ref _forwardsExpected, 2);
    }

    /// <summary>Sends a plain-text message from the user; returns the Playground's id for it.</summary>
    public async Task<string> SendTextAsync(string text, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["from"] = From(), ["text"] = text, ["textFormat"] = "plain" };
        using var response = await _http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(Config.PersonalChatId)}/messages", body, cancellationToken);
        await EnsureSuccessAsync(response, $"send '{text}'", cancellationToken);
        Interlocked.Increment(ref _forwardsExpected);
        var answer = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        return (string?)answer?["messageId"] ?? throw new InvalidDataException("The Playground did not return a messageId.");
    }

    /// <summary>
    /// Sends a message that @mentions the bot from user <paramref name="fromId"/> into a group chat, a channel (a new
    /// post) or a channel post's thread ("channel;messageid=…"), as the Playground's own page does: the text starts with
    /// <c>&lt;at&gt;bot&lt;/at&gt;</c> and carries one mention per account in <paramref name="alsoMentioned"/>. Returns the
    /// message id and, for a new channel post, the post's conversation id (docs/playground.md#group-chats-and-channels).
    /// </summary>
    public async Task<(string MessageId, string? PostConversationId)> SendMentionAsync(
        string conversationId, string fromId, string text, IReadOnlyList<(string Id, string Name)>? alsoMentioned = null,
        CancellationToken cancellationToken = default)
    {
        var botTag = $"<at>{MentionedBotName}</at>";
        var mentions = new JsonArray
        {
            new JsonObject { ["mentioned"] = new JsonObject { ["id"] = Config.BotId, ["name"] = MentionedBotName }, ["text"] = botTag },
        };
        foreach (var (id, name) in alsoMentioned ?? [])
        {
            mentions.Add(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name }, ["text"] = $"<at>{name}</at>" });
        }

        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = fromId }, ["text"] = $"{botTag} {text}", ["textFormat"] = "plain", ["mentions"] = mentions };
        using var response = await _http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        await EnsureSuccessAsync(response, $"send '{text}' to {conversationId}", cancellationToken);
        Interlocked.Increment(ref _forwardsExpected);
        var answer = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        return ((string?)answer?["messageId"] ?? throw new InvalidDataException("The Playground did not return a messageId."),
            (string?)answer?["postConversationId"]);
    }

    /// <summary>
    /// Sends a message that @mentions the bot from another member (<paramref name="from"/>) as a custom activity: the
    /// Playground's message route stamps every message with the current user, whatever <c>from</c> it is given
    /// (docs/playground.md#group-chats-and-channels). The activity starts from the Playground's own template for the
    /// conversation (service URL, ids, recipient), so only the sender, text and mentions are the test's.
    /// </summary>
    public async Task SendMentionAsAsync(
        string conversationId, PlaygroundUser from, string text, CancellationToken cancellationToken = default)
    {
        var template = await _http.GetFromJsonAsync<JsonObject>(
            $"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}", cancellationToken)
            ?? throw new InvalidDataException("The Playground returned no activity template.");
        var botTag = $"<at>{MentionedBotName}</at>";
        template["type"] = "message";
        template["text"] = $"{botTag} {text}";
        template["textFormat"] = "plain";
        template["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId };
        template["entities"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "mention", ["text"] = botTag,
                ["mentioned"] = new JsonObject { ["id"] = Config.BotId, ["name"] = MentionedBotName },
            },
        };
        template["channelData"] ??= new JsonObject { ["tenant"] = new JsonObject { ["id"] = Config.TenantId } };
        using var response = await _http.PostAsJsonAsync("_internal/v1/customActivities", template, cancellationToken);
        await EnsureSuccessAsync(response, $"send '{text}' as {from.Id}", cancellationToken);
        Interlocked.Increment(ref _forwardsExpected);
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
        Interlocked.Increment(ref _forwardsExpected);
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
        Interlocked.Increment(ref _forwardsExpected);
        await EnsureSuccessAsync(response, $"invoke {name}", cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        return new PlaygroundInvokeResponse((string?)answer?["type"], answer?["value"]?.DeepClone());
    }

    /// <summary>
    /// Sends a message extension's invoke (<c>composeExtension/fetchTask</c>, <c>submitAction</c> or <c>query</c>) from
    /// the user in the personal chat and returns the bot's answer as the Playground passes it on: <c>{task,
    /// composeExtension}</c> (docs/playground.md#message-extension-invokes).
    /// </summary>
    public async Task<JsonObject> InvokeMessageExtensionAsync(string name, JsonNode value, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["conversation"] = new JsonObject { ["id"] = Config.PersonalChatId },
            ["from"] = From(),
            ["value"] = value.DeepClone(),
        };
        using var response = await _http.PostAsJsonAsync("_conversation/v1/invoke", body, cancellationToken);
        Interlocked.Increment(ref _forwardsExpected);
        await EnsureSuccessAsync(response, $"invoke {name}", cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
            ?? throw new InvalidDataException($"The Playground returned no answer to {name}.");
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived in total; returns all of them.</summary>
    public async Task<IReadOnlyList<PlaygroundMessage>> WaitForMessagesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await WaitUntilAsync(messages => messages.Count >= count, $"{count} message(s)", timeout, cancellationToken);
        return Messages;
    }

    /// <summary>
    /// Waits until the bot has answered every activity this client caused and every message it sent has arrived;
    /// returns all messages. The bot delivers a turn's replies before it answers the request (unless the turn
    /// outlives the acknowledgement deadline), so after this a turn's replies are complete.
    /// </summary>
    public async Task<IReadOnlyList<PlaygroundMessage>> WaitForIdleAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await WaitUntilAsync(
            messages => Volatile.Read(ref _forwardsAnswered) >= Volatile.Read(ref _forwardsExpected)
                && messages.Count >= Volatile.Read(ref _botMessagesSent),
            "the bot to answer everything sent",
            timeout,
            cancellationToken);
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

    /// <summary>Closes both WebSockets and the activity log.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_conversationStream is not null)
        {
            await _conversationStream.DisposeAsync();
        }

        if (_logStream is not null)
        {
            await _logStream.DisposeAsync();
        }

        _http.Dispose();
        _activities.Dispose();
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
                    $"Waited {timeout.TotalSeconds} s for {what}; the bot answered {_forwardsAnswered} of {_forwardsExpected} activities "
                    + $"and sent {_botMessagesSent} messages; received {received.Count}:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, received) + Environment.NewLine + BotProcessLog.TailOf(_logPath));
            }
        }
    }

    private void OnConversationEvent(JsonNode json)
    {
        var action = (string?)json["action"];
        if (action is not ("createMessage" or "updateMessage") || json["message"] is not JsonObject message)
        {
            return;
        }

        lock (_gate)
        {
            _messages.Add(new PlaygroundMessage(_messages.Count, action, (string?)json["actionConversationId"] ?? "", message));
            SignalChanged();
        }
    }

    private void OnLogEvent(JsonNode json)
    {
        if (json["log"] is not JsonObject log)
        {
            return;
        }

        _activities.Write(log.ToJsonString());
        var from = (string?)log["from"];
        var to = (string?)log["to"];
        var status = log["response"]?["statusCode"] is JsonValue code && code.TryGetValue<int>(out var value) ? value : 0;
        lock (_gate)
        {
            if (from == PlaygroundName && to == BotName)
            {
                Interlocked.Increment(ref _forwardsAnswered);
            }
            else if (from == BotName && (string?)log["request"]?["body"]?["type"] == "message" && status is >= 200 and < 300)
            {
                Interlocked.Increment(ref _botMessagesSent);
            }

            SignalChanged();
        }
    }

    private void SignalChanged()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.SetResult();
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
