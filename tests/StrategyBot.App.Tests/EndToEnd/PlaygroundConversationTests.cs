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
        await session.Client.InstallAsync();
        await session.Client.WaitForMessageAsync(IsWelcome, _timeout);

        // Teams sends installationUpdate and conversationUpdate on install; the reply to a later message proves both
        // were handled before we count.
        var reply = await SendAndWaitForReplyAsync(session.Client, "help");

        Assert.Single(session.Client.Messages.Where(m => m.Index < reply.Index), IsWelcome);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("help")]
    public async Task SendText_AfterInstall_BotReplies(string text)
    {
        await using var session = await fixture.StartPlaygroundAsync();
        await session.Client.InstallAsync();
        await session.Client.WaitForMessageAsync(IsWelcome, _timeout);

        var reply = await SendAndWaitForReplyAsync(session.Client, text);

        Assert.False(string.IsNullOrWhiteSpace(reply.AllText()), reply.ToString());
        AssertCardsValid(reply);
    }

    [Fact]
    public async Task SubmitWelcomeCard_StartMyPlan_BotStartsTheInterview()
    {
        await using var session = await fixture.StartPlaygroundAsync();
        await session.Client.InstallAsync();
        var welcome = await session.Client.WaitForMessageAsync(IsWelcome, _timeout);
        var before = session.Client.Messages.Count;

        await session.Client.SubmitAsync(welcome.MessageId, StartAction(welcome)["data"]!.AsObject());

        var reply = await session.Client.WaitForMessageAsync(m => m.Index >= before, _timeout);
        Assert.False(string.IsNullOrWhiteSpace(reply.AllText()), reply.ToString());
        Assert.False(IsWelcome(reply), "Starting a plan answered with the welcome card again.");
        AssertCardsValid(reply);
    }

    [Fact]
    public async Task ExecuteShowPlan_FromWelcomeCard_InvokeResponseHasTeamsShape()
    {
        await using var session = await fixture.StartPlaygroundAsync();
        await session.Client.InstallAsync();
        var welcome = await session.Client.WaitForMessageAsync(IsWelcome, _timeout);
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
        var expected = await AnswerFirstQuestionAsync(restartBeforeAnswer: null);

        var actual = await AnswerFirstQuestionAsync(restart);

        Assert.Equal(expected.AllText(), actual.AllText());
        Assert.False(IsWelcome(actual), "After the restart the bot greeted the user as new.");
    }

    private async Task<PlaygroundMessage> AnswerFirstQuestionAsync(Restart? restartBeforeAnswer)
    {
        await using var session = await fixture.StartPlaygroundAsync();
        await session.Client.InstallAsync();
        var welcome = await session.Client.WaitForMessageAsync(IsWelcome, _timeout);
        var before = session.Client.Messages.Count;
        await session.Client.SubmitAsync(welcome.MessageId, StartAction(welcome)["data"]!.AsObject());
        await session.Client.WaitForMessageAsync(m => m.Index >= before, _timeout);

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

        return await SendAndWaitForReplyAsync(session.Client, Answer);
    }

    private static async Task<PlaygroundMessage> SendAndWaitForReplyAsync(PlaygroundClient client, string text)
    {
        var before = client.Messages.Count;
        await client.SendTextAsync(text);
        return await client.WaitForMessageAsync(m => m.Index >= before, _timeout);
    }

    private static bool IsWelcome(PlaygroundMessage message) =>
        message.FindCardActions("Action.Submit").Any(action => (string?)action["data"]?["action"] == "start");

    private static JsonObject StartAction(PlaygroundMessage welcome) =>
        welcome.FindCardActions("Action.Submit").First(action => (string?)action["data"]?["action"] == "start");

    // What the Playground's UI sends for an Action.Execute (playground.md, "Action.Execute").
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

    private static void AssertCardsValid(PlaygroundMessage message)
    {
        foreach (var card in message.AdaptiveCards)
        {
            var validation = SchemaValidator.ValidateAdaptiveCard(card);
            Assert.True(validation.IsValid, validation.ToString());
        }
    }
}
