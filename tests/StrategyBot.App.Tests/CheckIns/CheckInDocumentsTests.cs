using System.Text;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>
/// An unreadable "checkins" document: set aside like an unreadable plan, and never a reason to send a check-in to a
/// user who may have said stop. The in-memory store takes only JSON objects, so the bytes here are an object of the
/// wrong shape; bytes that are not JSON at all go through Table Storage in CheckInStorageTests and UnreadableStateTrustTests.
/// </summary>
public sealed class CheckInDocumentsTests
{
    // A user's paused check-ins, as another version or a hand edit might have written them: the slot as one string.
    private static readonly byte[] s_unreadable = Encoding.UTF8.GetBytes(
        "{\"slot\":\"Monday 09:00 Europe/Berlin\",\"paused\":\"User\",\"pausedAt\":\"2027-03-01T09:00:00+00:00\"}");

    [Fact]
    public void CheckIns_UnreadableDocument_SetsItAsideAndReadsAsPausedAgainInTheSameTurn()
    {
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(CheckInDocuments.Name, s_unreadable, "W/\"1\"")]);

        var first = TurnState.Of(state).CheckIns;
        var second = TurnState.Of(state).CheckIns;

        Assert.Equal(PauseReason.Unreadable, first.Paused);
        Assert.Equal(PauseReason.Unreadable, second.Paused);
        Assert.Null(CheckInRules.NextWake(second));
        Assert.True(UnreadableDocuments.TryRead(state, CheckInDocuments.Name, out var copy));
        Assert.True(copy.NoticePending);
        Assert.Equal(s_unreadable, UnreadableDocuments.Original(copy));
    }

    [Fact]
    public void CheckIns_DocumentIsJsonNull_IsSetAsideAndReadsAsPaused()
    {
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(CheckInDocuments.Name, "null"u8.ToArray(), "W/\"1\"")]);

        var checkIns = TurnState.Of(state).CheckIns;

        Assert.Equal(PauseReason.Unreadable, checkIns.Paused);
        Assert.True(UnreadableDocuments.TryRead(state, CheckInDocuments.Name, out _));
    }

    [Fact]
    public void UpdateCheckIns_Change_StoresItAndItIsTheViewFromThenOn()
    {
        var state = new StateSet(TestScopes.Default, []);
        var before = TurnState.Of(state).CheckIns;

        var updated = TurnState.Of(state).UpdateCheckIns(c => c with { IgnoredWeeks = 2 });

        Assert.Equal(0, before.IgnoredWeeks);
        Assert.Same(updated, TurnState.Of(state).CheckIns);
        Assert.Contains("\"ignoredWeeks\":2", state.Get(CheckInDocuments.Name)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateCheckIns_ReturnsTheStateItWasGiven_WritesNoDocument()
    {
        var state = new StateSet(TestScopes.Default, []);

        TurnState.Of(state).UpdateCheckIns(c => c);

        Assert.Null(state.Get(CheckInDocuments.Name));
        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task Turn_CheckInsUnreadableWhilePaused_StaysPausedTellsOnceAndResumesWhenAsked()
    {
        var host = new PipelineHost();
        var state = await host.LoadAsync();
        TurnState.Of(state).SavePlan(CheckInSamples.Plan());
        state.SetUtf8(CheckInDocuments.Name, s_unreadable);
        await host.Inner.SaveAsync(state, CancellationToken.None);

        var first = await host.SayAsync("hi");
        var afterFirst = TurnState.Of(await host.LoadAsync()).CheckIns;
        var second = await host.SayAsync("We sell handmade shoes");
        var resumed = await host.SayAsync("resume check-ins");

        Assert.Equal(Texts.Get(Language.English, TextKey.UnreadableCheckInsKept), first.Outbox[0].Text);
        Assert.Contains("resume check-ins", first.Outbox[0].Text, StringComparison.Ordinal);
        Assert.Equal("What does your business sell?", Assert.Single(first.Outbox.Skip(1)).Text);
        Assert.Equal(PauseReason.Unreadable, afterFirst.Paused);
        Assert.Null(CheckInRules.NextWake(afterFirst));
        Assert.Equal("Who buys it?", Assert.Single(second.Outbox).Text);
        Assert.StartsWith("Check-ins are back on.", Assert.Single(resumed.Outbox).Text, StringComparison.Ordinal);
        var stored = await host.LoadAsync();
        Assert.False(TurnState.Of(stored).CheckIns.IsPaused);
        Assert.NotNull(CheckInRules.NextWake(TurnState.Of(stored).CheckIns));
        Assert.True(UnreadableDocuments.TryRead(stored, CheckInDocuments.Name, out var copy));
        Assert.False(copy.NoticePending);
        Assert.Equal(s_unreadable, UnreadableDocuments.Original(copy));
    }

    [Fact]
    public async Task RunOnce_CheckInsUnreadableWhenDue_SendsNothingNowOrLaterAndLeavesTheNoticeForTheNextMessage()
    {
        using var host = new CheckInTestHost(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero));
        await host.SeedUserAsync(CheckInSamples.Plan());
        var state = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        state.SetUtf8(CheckInDocuments.Name, s_unreadable);
        await host.Store.SaveAsync(state, CancellationToken.None);
        var slot = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);

        var atSlot = await host.TickAtAsync(slot);
        var weekLater = await host.TickAtAsync(slot.AddDays(7));

        Assert.Empty(atSlot);
        Assert.Empty(weekLater);
        var stored = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        Assert.Equal(PauseReason.Unreadable, TurnState.Of(stored).CheckIns.Paused);
        Assert.True(UnreadableDocuments.TryRead(stored, CheckInDocuments.Name, out var copy));
        Assert.True(copy.NoticePending);
        Assert.Equal(s_unreadable, UnreadableDocuments.Original(copy));
        Assert.Empty(((InMemoryScheduleIndex)host.Index).Rows);
    }
}
