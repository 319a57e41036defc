using System.Text;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests;

/// <summary>
/// Through the real turn pipeline (handler, router, runner) over the in-memory store, which only takes objects: so the
/// unreadable plan here is an object of the wrong shape; the other kinds go through Table Storage in UnreadableStateTrustTests.
/// </summary>
public sealed class UnreadableDocumentNoticeTests
{
    private readonly PipelineHost _host = new();

    [Theory]
    [InlineData("en-US", Language.English)]
    [InlineData("fa-IR", Language.Persian)]
    public async Task Deliver_MessageWithUnreadablePlan_ExplainsFirstOnceThenTheConversationCarriesOn(string locale, Language language)
    {
        var original = UnreadableSamples.Plan(UnreadableSamples.WrongType);
        await SeedAsync(TurnState.PlanDocument, original);
        var saves = _host.Inner.SaveCount;

        var first = await _host.SendAsync(Message("hi", locale));
        var afterFirst = _host.Inner.SaveCount;
        var second = await _host.SendAsync(Message("We sell handmade shoes", locale));

        Assert.Equal(
            [Texts.Get(language, TextKey.UnreadablePlanKept), "What does your business sell?"],
            first.Outbox.Select(a => a.Text));
        Assert.Equal(saves + 1, afterFirst);
        Assert.Equal("Who buys it?", Assert.Single(second.Outbox).Text);
        var stored = await _host.LoadAsync();
        Assert.True(UnreadableDocuments.TryRead(stored, TurnState.PlanDocument, out var copy));
        Assert.False(copy.NoticePending);
        Assert.Equal(original, UnreadableDocuments.Original(copy));
        Assert.Null(stored.Find(TurnState.PlanDocument));
    }

    [Fact]
    public async Task Deliver_InvokeWithUnreadablePlan_AnswersTheInvokeAndTellsOnTheNextMessage()
    {
        await SeedAsync(TurnState.PlanDocument, UnreadableSamples.Plan(UnreadableSamples.WrongType));

        var invoke = await _host.SendAsync(Activities.AdaptiveCardAction("showPlan"));
        var message = await _host.SayAsync("hi");

        Assert.Empty(invoke.Outbox);
        Assert.NotNull(invoke.InvokeResponse);
        Assert.Equal(Texts.Get(Language.English, TextKey.UnreadablePlanKept), message.Outbox[0].Text);
        Assert.Equal(2, message.Outbox.Count);
    }

    [Fact]
    public async Task Deliver_UnreadableProfile_ExplainsTheSettingsAndKeepsTheirBytes()
    {
        await SeedAsync(TurnState.ProfileDocument, UnreadableSamples.Profile);

        var turn = await _host.SayAsync("hi");

        Assert.Equal(Texts.Get(Language.English, TextKey.UnreadableProfileKept), turn.Outbox[0].Text);
        Assert.Equal("What does your business sell?", turn.Outbox[1].Text);
        var stored = await _host.LoadAsync();
        Assert.True(UnreadableDocuments.TryRead(stored, TurnState.ProfileDocument, out var copy));
        Assert.Equal(UnreadableSamples.Profile, UnreadableDocuments.Original(copy));
        Assert.Equal("en-US", TurnState.Of(stored).Profile.LastLocale);
    }

    [Fact]
    public async Task Deliver_PlanCorruptedAgainLater_ToldAgainAndOnlyTheLatestCopyKept()
    {
        await SeedAsync(TurnState.PlanDocument, UnreadableSamples.Plan(UnreadableSamples.WrongType));
        await _host.SayAsync("hi");
        var again = Encoding.UTF8.GetBytes("{\"id\":\"plan\",\"objectives\":{\"first\":\"Grow reach\"}}");
        await SeedAsync(TurnState.PlanDocument, again);

        var turn = await _host.SayAsync("We sell handmade shoes");

        Assert.Equal(Texts.Get(Language.English, TextKey.UnreadablePlanKept), turn.Outbox[0].Text);
        var stored = await _host.LoadAsync();
        Assert.Single(stored.Documents, d => d.Name.EndsWith(UnreadableDocuments.Suffix, StringComparison.Ordinal));
        Assert.True(UnreadableDocuments.TryRead(stored, TurnState.PlanDocument, out var copy));
        Assert.Equal(again, UnreadableDocuments.Original(copy));
    }

    private static Activity Message(string text, string locale)
    {
        var activity = Activities.Message(text);
        activity.Locale = locale;
        return activity;
    }

    // What a hand edit in Storage Explorer does: the stored bytes change under the bot.
    private async Task SeedAsync(string name, byte[] utf8)
    {
        var state = await _host.LoadAsync();
        state.SetUtf8(name, utf8);
        await _host.Inner.SaveAsync(state, CancellationToken.None);
    }
}
