using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// StrategyBot as a real process on Azurite, driven through the real Microsoft 365 Agents Playground the way Teams
/// drives it: install, messages, the welcome card's Action.Submit and Action.Execute, and a restart in between.
/// Contract: the welcome card has an Action.Submit with data {"action":"start"} and an Action.Execute with verb
/// "showPlan".
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundConversationTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private const string Answer = "We sell handmade olive-oil soap online, mostly to women aged 25 to 40 in Tehran and Shiraz.";

    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(20);

    // The first turn of a fresh process compiles the whole turn path. On a loaded 2-core machine that took longer than
    // the bot's acknowledgement window (Bot:TurnAckTimeout), so the Playground's forward was answered 200 and the replies
    // came from the background later: waiting only for the forward saw no reply at all. So after a restart the test
    // waits for the replies themselves, bounded generously rather than by a guess at how long a cold turn takes.
    private static readonly TimeSpan _afterRestartLimit = TimeSpan.FromMinutes(2);

    private static readonly string[] _invokeResponseTypes = [PlaygroundInvokeResponse.CardType, PlaygroundInvokeResponse.MessageType];

    public enum Restart
    {
        Graceful,
        Killed,
    }

    [Fact]
    public async Task Install_NewUser_WelcomeCardArrives()
    {
        await using var session = await fixture.StartPlaygroundAsync();

        await session.Client.InstallAsync();

        var welcome = await session.Client.WaitForMessageAsync(IsWelcome, _timeout);
        var validation = SchemaValidator.ValidateAdaptiveCard(welcome.AdaptiveCards.Single());
        Assert.True(validation.IsValid, validation.ToString());
        Assert.Single(welcome.FindCardActions("Action.Execute"), action => (string?)action["verb"] == "showPlan");
    }

    [Fact]
    public async Task Install_BothInstallEvents_WelcomeSentOnce()
    {
        await using var session = await fixture.StartPlaygroundAsync();

        // Teams sends installationUpdate and conversationUpdate on install; a bot that greets on both greets twice.
        await session.Client.InstallAsync();

        var messages = await session.Client.WaitForIdleAsync(_timeout);
        Assert.Single(messages, IsWelcome);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("help")]
    public async Task SendText_AfterInstall_BotReplies(string text)
    {
        await using var session = await InstalledSessionAsync();

        var replies = await SendAndWaitForRepliesAsync(session.Client, text);

        Assert.False(string.IsNullOrWhiteSpace(Transcript(replies)), $"The reply to '{text}' has no text.");
        AssertCardsValid(replies);
    }

    [Fact]
    public async Task SubmitWelcomeCard_StartMyPlan_BotStartsTheInterview()
    {
        await using var session = await InstalledSessionAsync();
        var welcome = session.Client.Messages.Single(IsWelcome);

        var replies = await SubmitAndWaitForRepliesAsync(session.Client, welcome);

        Assert.False(string.IsNullOrWhiteSpace(Transcript(replies)), "Starting a plan got a reply with no text.");
        Assert.DoesNotContain(replies, IsWelcome);
        AssertCardsValid(replies);
    }

    [Fact]
    public async Task ExecuteShowPlan_FromWelcomeCard_InvokeResponseHasTeamsShape()
    {
        await using var session = await InstalledSessionAsync();
        var welcome = session.Client.Messages.Single(IsWelcome);
        var execute = welcome.FindCardActions("Action.Execute").Single(action => (string?)action["verb"] == "showPlan");

        var response = await session.Client.InvokeAsync(welcome.MessageId, ExecuteValue(execute));

        Assert.Contains(response.Type, _invokeResponseTypes);
        if (response.Card is { } card)
        {
            var validation = SchemaValidator.ValidateAdaptiveCard(card);
            Assert.True(validation.IsValid, validation.ToString());
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)response.Value), $"empty message: {response.Value?.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData(Restart.Graceful)]
    [InlineData(Restart.Killed)]
    public async Task BotRestart_MidInterview_AnswerContinuesWhereTheUserWas(Restart restart)
    {
        // The same answer to the same question must get the same next step with or without a restart in between:
        // with lost state the bot would not know the answer belongs to the interview.
        var expected = await AnswerFirstQuestionAsync(restartBeforeAnswer: null, expectedReplies: 0);

        var actual = await AnswerFirstQuestionAsync(restart, expectedReplies: expected.Count);

        Assert.Equal(Transcript(expected), Transcript(actual));
        Assert.DoesNotContain(actual, IsWelcome);
    }

    private async Task<IReadOnlyList<PlaygroundMessage>> AnswerFirstQuestionAsync(Restart? restartBeforeAnswer, int expectedReplies)
    {
        await using var session = await InstalledSessionAsync();
        await SubmitAndWaitForRepliesAsync(session.Client, session.Client.Messages.Single(IsWelcome));

        switch (restartBeforeAnswer)
        {
            case Restart.Graceful:
                await fixture.Bot.StopAsync();
                await fixture.Bot.StartAsync();
                break;
            case Restart.Killed:
                fixture.Bot.Kill();
                await fixture.Bot.StartAsync();
                break;
        }

        if (restartBeforeAnswer is null)
        {
            return await SendAndWaitForRepliesAsync(session.Client, Answer);
        }

        // StartAsync returned once /healthz answered 200 (storage reachable); the first turn may still run past the
        // acknowledgement window, so wait until as many replies as the unrestarted bot gave have arrived.
        var before = session.Client.Messages.Count;
        await session.Client.SendTextAsync(Answer);
        await session.Client.WaitForMessageAsync(message => message.Index >= before + expectedReplies - 1, _afterRestartLimit);
        return (await session.Client.WaitForIdleAsync(_timeout)).Skip(before).ToList();
    }

    /// <summary>A Playground for a new user with the app installed and the install turn over.</summary>
    private async Task<PlaygroundSession> InstalledSessionAsync()
    {
        var session = await fixture.StartPlaygroundAsync();
        try
        {
            await session.Client.InstallAsync();
            await session.Client.WaitForMessageAsync(IsWelcome, _timeout);
            await session.Client.WaitForIdleAsync(_timeout);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends a message and returns everything the bot said in that turn, once the turn is over.</summary>
    private static async Task<IReadOnlyList<PlaygroundMessage>> SendAndWaitForRepliesAsync(PlaygroundClient client, string text)
    {
        var before = client.Messages.Count;
        await client.SendTextAsync(text);
        var replies = (await client.WaitForIdleAsync(_timeout)).Skip(before).ToList();
        Assert.True(replies.Count > 0, $"The bot did not answer '{text}'.");
        return replies;
    }

    /// <summary>Submits the welcome card's "start" action and returns the bot's replies to it.</summary>
    private static async Task<IReadOnlyList<PlaygroundMessage>> SubmitAndWaitForRepliesAsync(PlaygroundClient client, PlaygroundMessage welcome)
    {
        var start = welcome.FindCardActions("Action.Submit").First(action => (string?)action["data"]?["action"] == "start");
        var before = client.Messages.Count;
        await client.SubmitAsync(welcome.MessageId, start["data"]!.AsObject());
        var replies = (await client.WaitForIdleAsync(_timeout)).Skip(before).ToList();
        Assert.True(replies.Count > 0, "The bot did not answer the welcome card's submit.");
        return replies;
    }

    private static string Transcript(IEnumerable<PlaygroundMessage> messages) =>
        string.Join(Environment.NewLine, messages.Select(m => m.AllText()));

    private static bool IsWelcome(PlaygroundMessage message) =>
        message.FindCardActions("Action.Submit").Any(action => (string?)action["data"]?["action"] == "start");

    // What the Playground's UI sends for an Action.Execute (docs/playground.md#execute-invokes).
    private static JsonObject ExecuteValue(JsonObject execute) => new()
    {
        ["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = execute["title"]?.DeepClone(),
            ["verb"] = execute["verb"]?.DeepClone(),
            ["data"] = execute["data"]?.DeepClone() ?? new JsonObject(),
        },
    };

    private static void AssertCardsValid(IEnumerable<PlaygroundMessage> messages)
    {
        foreach (var card in messages.SelectMany(message => message.AdaptiveCards))
        {
            var validation = SchemaValidator.ValidateAdaptiveCard(card);
            Assert.True(validation.IsValid, validation.ToString());
        }
    }
}
