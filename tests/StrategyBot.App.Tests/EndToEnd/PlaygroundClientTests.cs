using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// The Playground fixtures against a minimal echo bot: proves the pinned Playground's API still behaves as
/// docs/playground.md#http-api says, independently of StrategyBot's own behaviour.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundClientTests : IAsyncLifetime
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(20);

    private EchoBot? _bot;
    private PlaygroundProcess? _playground;
    private PlaygroundClient? _client;

    private PlaygroundClient Client => _client!;

    public async Task InitializeAsync()
    {
        _bot = await EchoBot.StartAsync();
        _playground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint);
        _client = await _playground.ConnectAsync();
    }

    [Fact]
    public void Connect_TestConfig_NamesTheConfiguredUserAndChat()
    {
        var config = Client.Config;

        Assert.Equal(_playground!.User.Id, config.UserId);
        Assert.Equal(_playground.PersonalChatId, config.PersonalChatId);
        Assert.Equal(PlaygroundConfigFile.BotId, config.BotId);
        Assert.Equal("UTC", config.LocalTimezone);
    }

    [Fact]
    public async Task Install_EchoBot_ReceivesInstallationAndConversationUpdate()
    {
        await Client.InstallAsync();

        var messages = await Client.WaitForMessagesAsync(2, _timeout);

        Assert.Equal(["got installationUpdate", "got conversationUpdate"], messages.Select(m => m.Text).Order().Reverse());
        Assert.All(messages, m => Assert.Equal(_playground!.PersonalChatId, m.ConversationId));
    }

    [Fact]
    public async Task SendText_EchoBot_ReplyArrivesOnWebSocket()
    {
        var messageId = await Client.SendTextAsync("hello there");

        var reply = await Client.WaitForMessageAsync(m => m.Text == "echo: hello there", _timeout);

        Assert.False(string.IsNullOrEmpty(messageId));
        Assert.Equal("createMessage", reply.Action);
    }

    [Fact]
    public async Task Submit_CardAction_BotGetsTheActionData()
    {
        await Client.SendTextAsync("card");
        var card = await Client.WaitForMessageAsync(m => m.AdaptiveCards.Count == 1, _timeout);
        var submit = card.FindCardActions("Action.Submit").Single();

        await Client.SubmitAsync(card.MessageId, submit["data"]!.AsObject());

        var reply = await Client.WaitForMessageAsync(m => m.Text?.StartsWith("submitted", StringComparison.Ordinal) == true, _timeout);
        Assert.Equal("submitted {\"action\":\"go\"}", reply.Text);
    }

    [Fact]
    public async Task Invoke_ActionExecute_ReturnsTheBotsInvokeResponse()
    {
        await Client.SendTextAsync("card");
        var card = await Client.WaitForMessageAsync(m => m.AdaptiveCards.Count == 1, _timeout);
        var execute = card.FindCardActions("Action.Execute").Single();

        var response = await Client.InvokeAsync(card.MessageId, new JsonObject { ["action"] = execute.DeepClone() });

        Assert.Equal(PlaygroundInvokeResponse.MessageType, response.Type);
        Assert.Equal("executed run", (string?)response.Value);
    }

    [Fact]
    public async Task WaitForIdle_AfterSeveralActions_ReturnsOnceEveryTurnIsAnswered()
    {
        await Client.InstallAsync();
        await Client.SendTextAsync("one");
        await Client.SendTextAsync("card");

        var messages = await Client.WaitForIdleAsync(_timeout);

        Assert.Equal(4, messages.Count);
        Assert.Contains(messages, m => m.Text == "echo: one");
        Assert.Contains(messages, m => m.AdaptiveCards.Count == 1);
    }

    [Fact]
    public async Task WaitForMessage_NothingArrives_TimesOutListingWhatCame()
    {
        var wait = Client.WaitForMessageAsync(m => m.Text == "never", TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => wait);

        Assert.Contains("received 0", error.Message, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
