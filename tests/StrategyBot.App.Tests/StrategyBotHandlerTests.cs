using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.Storage;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests;

public sealed class StrategyBotHandlerTests
{
    private readonly PipelineHost _host = new();

    [Fact]
    public async Task OnTurnAsync_InstallThenMembersAdded_WelcomesOnce()
    {
        var install = await _host.SendAsync(Activities.InstallationUpdate());
        var membersAdded = await _host.SendAsync(Activities.MembersAdded());

        var card = Assert.Single(install.Outbox);
        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(card.Attachments!).ContentType);
        Assert.Empty(membersAdded.Outbox);
    }

    [Fact]
    public async Task OnTurnAsync_SameActivityDeliveredTwice_ProcessedOnce()
    {
        await _host.SayAsync("hi");
        var answer = Activities.Message("We sell handmade shoes");

        var first = await _host.SendAsync(answer);
        var saves = _host.Inner.SaveCount;
        var redelivery = await _host.SendAsync(answer);

        Assert.Equal("Who buys it?", Assert.Single(first.Outbox).Text);
        Assert.Empty(redelivery.Outbox);
        Assert.Equal(saves, _host.Inner.SaveCount);
    }

    [Fact]
    public async Task OnTurnAsync_StorageFailsOnSave_AsksToResendAndKeepsTheQuestion()
    {
        await _host.SayAsync("hi");
        var before = (await _host.LoadAsync()).Get("dialogs")!.ToJsonString();
        _host.Store.FailSaves = 1;

        var failed = await _host.SayAsync("We sell handmade shoes");
        var retried = await _host.SayAsync("We sell handmade shoes");

        Assert.Equal("Sorry, I couldn't save that. Please send it again.", Assert.Single(failed.Outbox).Text);
        Assert.True(_host.Logger.Logged(103));
        Assert.Equal("Who buys it?", Assert.Single(retried.Outbox).Text);
        Assert.NotEqual(before, (await _host.LoadAsync()).Get("dialogs")!.ToJsonString());
    }

    [Fact]
    public async Task OnTurnAsync_StateTooLargeToSave_SaysWhatHelpsAndKeepsTheQuestion()
    {
        await _host.SayAsync("hi");
        var before = (await _host.LoadAsync()).Get("dialogs")!.ToJsonString();
        _host.Store.FailNextSaveWith = new StateTooLargeException("over one entity");

        var refused = await _host.SayAsync("We sell handmade shoes");
        var stored = (await _host.LoadAsync()).Get("dialogs")!.ToJsonString();
        var shorter = await _host.SayAsync("Shoes");

        Assert.Equal(Texts.Get(Language.English, TextKey.StateTooLarge), Assert.Single(refused.Outbox).Text);
        Assert.Equal(before, stored);
        Assert.Equal("Who buys it?", Assert.Single(shorter.Outbox).Text);
    }

    [Fact]
    public async Task OnTurnAsync_StorageDownOnLoad_AsksToResend()
    {
        _host.Store.FailLoads = 1;

        var turn = await _host.SayAsync("hi");

        Assert.Equal("Sorry, I couldn't save that. Please send it again.", Assert.Single(turn.Outbox).Text);
        Assert.Empty((await _host.LoadAsync()).Documents);
    }

    [Fact]
    public async Task OnTurnAsync_AnotherTurnSavedOnlyBookkeeping_RunsAgainOnFreshState()
    {
        await _host.SayAsync("hi");
        _host.Store.BeforeNextSave = async () =>
        {
            var other = await _host.Inner.LoadAsync(PipelineHost.Scope, CancellationToken.None);
            ProcessedActivities.MarkProcessed(other, "some-other-activity");
            await _host.Inner.SaveAsync(other, CancellationToken.None);
        };

        var turn = await _host.SayAsync("We sell handmade shoes");

        Assert.Equal("Who buys it?", Assert.Single(turn.Outbox).Text);
        var state = await _host.LoadAsync();
        Assert.True(ProcessedActivities.WasProcessed(state, "some-other-activity"));
        Assert.True(ProcessedActivities.WasProcessed(state, turn.Activity.Id));
        Assert.Contains("handmade shoes", state.Get("dialogs")!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_OtherDeviceAnsweredTheSameQuestionFirst_SaysSoAndAsksTheCurrentQuestion()
    {
        await _host.SayAsync("hi");
        var otherDevice = Activities.Message("We sell running shoes");
        _host.Store.BeforeNextSave = () => _host.SendAsync(otherDevice);

        var turn = await _host.SayAsync("We sell handmade shoes");

        Assert.Collection(
            turn.Outbox,
            a => Assert.Equal("You answered this question on your other device just now, so we'll carry on from there.", a.Text),
            a => Assert.Equal("Who buys it?", a.Text));
        var stack = (await _host.LoadAsync()).Get("dialogs")!.ToJsonString();
        Assert.Contains("running shoes", stack, StringComparison.Ordinal);
        Assert.DoesNotContain("handmade shoes", stack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_NewUsersFirstMessageRacesAnotherInstance_AskedTheCurrentQuestionNotFailed()
    {
        // The user has nothing stored yet; another instance starts the interview between this turn's load and save.
        var otherDevice = Activities.Message("hello");
        _host.Store.BeforeNextSave = () => _host.SendAsync(otherDevice);

        var turn = await _host.SayAsync("hi");

        Assert.False(_host.Logger.Logged(104));
        Assert.Collection(
            turn.Outbox,
            a => Assert.Equal("You answered this question on your other device just now, so we'll carry on from there.", a.Text),
            a => Assert.Equal("What does your business sell?", a.Text));
        var state = await _host.LoadAsync();
        Assert.True(ProcessedActivities.WasProcessed(state, turn.Activity.Id));
        Assert.True(ProcessedActivities.WasProcessed(state, otherDevice.Id));
    }

    [Fact]
    public async Task OnTurnAsync_MessageTurnFails_LogsActivityAndErrorTypeAndApologises()
    {
        await _host.SayAsync("hi");
        _host.Store.FailNextSaveWith = new InvalidOperationException("a bug");

        var turn = await _host.SayAsync("We sell handmade shoes");

        Assert.Equal(Texts.Get(Language.English, TextKey.GenericError), Assert.Single(turn.Outbox).Text);
        var logged = Assert.Single(_host.Logger.Entries, e => e.EventId.Id == 104);
        Assert.Contains("message", logged.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidOperationException), logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_WelcomeTurnFails_LogsActivityAndErrorTypeAndApologises()
    {
        _host.Store.FailNextSaveWith = new InvalidOperationException("a bug");

        var turn = await _host.SendAsync(Activities.MembersAdded());

        Assert.Equal(Texts.Get(Language.English, TextKey.GenericError), Assert.Single(turn.Outbox).Text);
        var logged = Assert.Single(_host.Logger.Entries, e => e.EventId.Id == 104);
        Assert.Contains("conversationUpdate", logged.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidOperationException), logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_StorageFails_LogsActivityAndErrorType()
    {
        _host.Store.FailSaves = 1;

        await _host.SayAsync("hi");

        var logged = Assert.Single(_host.Logger.Entries, e => e.EventId.Id == 103);
        Assert.Contains("message", logged.Message, StringComparison.Ordinal);
        Assert.Contains("RequestFailedException", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_HugeMessage_RefusedKindlyAndNothingAnswered()
    {
        await _host.SayAsync("hi");

        var turn = await _host.SayAsync(new string('x', 10_000));

        Assert.Equal(
            "That message is too long (limit 2,000 characters). Please shorten it and send it again.",
            Assert.Single(turn.Outbox).Text);
        Assert.DoesNotContain("xxxx", (await _host.LoadAsync()).Get("dialogs")!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_ActivityWithoutTenant_IgnoredAndNothingStored()
    {
        var activity = Activities.Message("hi");
        activity.Conversation!.TenantId = null;
        activity.ChannelData = null;

        var turn = await _host.SendAsync(activity);

        Assert.Empty(turn.Outbox);
        Assert.True(_host.Logger.Logged(100));
    }

    [Fact]
    public async Task OnTurnAsync_Message_StoresTheConversationReference()
    {
        await _host.SayAsync("hi");

        var reference = TurnState.Of(await _host.LoadAsync()).Reference;

        Assert.NotNull(reference);
        Assert.Equal(Activities.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(Activities.ConversationId, reference.Conversation?.Id);
        Assert.Equal(Activities.TenantId, reference.TenantId);
    }

    [Fact]
    public async Task OnTurnAsync_TwoUsers_KeepSeparateState()
    {
        await _host.SayAsync("hi");
        var otherUser = Activities.Message("hello");
        otherUser.From = new ChannelAccount { Id = "29:other", AadObjectId = "11111111-0000-4000-8000-000000000bbb" };

        await _host.SendAsync(otherUser);
        var mine = await _host.SayAsync("We sell handmade shoes");

        Assert.Equal("Who buys it?", Assert.Single(mine.Outbox).Text);
        var theirs = await _host.Inner.LoadAsync(StateScope.ForUser(Activities.TenantId, "11111111-0000-4000-8000-000000000bbb"), CancellationToken.None);
        Assert.DoesNotContain("handmade", theirs.Get("dialogs")!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_AnsweringAQuestion_RecordsOneLoadAndOneSave()
    {
        await _host.SayAsync("hi");
        using var calls = new MetricCollector<int>(_host.MeterFactory, TurnStorageMetrics.MeterName, "strategybot.turn.storage_calls");

        await _host.SayAsync("We sell handmade shoes");

        Assert.Equal(2, Assert.Single(calls.GetMeasurementSnapshot()).Value);
    }
}
