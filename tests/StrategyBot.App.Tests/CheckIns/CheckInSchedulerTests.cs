using System.Net;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class CheckInSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 20, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Europe/Berlin", 2027, 3, 22, 8, 0, 2027, 3, 29, 7, 0)]
    [InlineData("America/New_York", 2027, 3, 22, 13, 0, 2027, 3, 29, 13, 0)]
    [InlineData("Asia/Tehran", 2027, 3, 22, 5, 30, 2027, 3, 29, 5, 30)]
    public async Task RunOnce_WeekAfterWeek_SendsAtNineLocalAcrossDaylightSaving(
        string zone, int y1, int m1, int d1, int h1, int min1, int y2, int m2, int d2, int h2, int min2)
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan(zone));
        var first = new DateTimeOffset(y1, m1, d1, h1, min1, 0, TimeSpan.Zero);
        var second = new DateTimeOffset(y2, m2, d2, h2, min2, 0, TimeSpan.Zero);

        var early = await host.TickAtAsync(first.AddMinutes(-1));
        var atFirst = await host.TickAtAsync(first);
        await host.SubmitAsync(new System.Text.Json.Nodes.JsonObject { ["action"] = "checkin", ["reach"] = "6000" });
        var beforeSecond = await host.TickAtAsync(second.AddMinutes(-1));
        var atSecond = await host.TickAtAsync(second);

        Assert.Empty(early);
        Assert.Single(atFirst);
        Assert.Empty(beforeSecond);
        Assert.Single(atSecond);
        Assert.Equal("2027-W12", (string?)atSecond[0].Json!["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["week"]);
    }

    [Fact]
    public async Task RunOnce_CheckInGoesThroughTheStoredReference()
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var sent = Assert.Single(await host.TickAtAsync(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero)));

        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("/emea/v3/conversations/a%3A1personal-chat-id/activities", sent.PathAndQuery);
        Assert.Equal("Bearer check-in-test-token", sent.Authorization);
        Assert.Equal(Activities.UserId, (string?)sent.Json!["recipient"]!["id"]);
        Assert.Equal("AdaptiveCard", (string?)sent.Json["attachments"]![0]!["content"]!["type"]);
    }

    [Fact]
    public async Task RunOnce_Unanswered_OneNudgeAfter24HoursAndNothingMoreThatWeek()
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var slot = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);

        var sent = new List<RecordedRequest>();
        for (var hours = 0; hours < 7 * 24; hours += 6)
        {
            sent.AddRange(await host.TickAtAsync(slot.AddHours(hours)));
        }

        Assert.Equal(2, sent.Count);
        Assert.NotNull(sent[0].Json!["attachments"]);
        Assert.Contains("still open", (string?)sent[1].Json!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_ThreeIgnoredWeeks_PausesAndSaysHowToResume()
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var slot = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);

        var sent = new List<RecordedRequest>();
        for (var day = 0; day < 42; day++)
        {
            sent.AddRange(await host.TickAtAsync(slot.AddDays(day)));
        }

        // Weeks 1-3: check-in and nudge each; week 4: only the pause notice; then silence.
        Assert.Equal(7, sent.Count);
        Assert.Contains("resume check-ins", (string?)sent[6].Json!["text"], StringComparison.Ordinal);
        Assert.Equal(PauseReason.Ignored, (await host.CheckInStateAsync()).Paused);
        Assert.Empty(((InMemoryScheduleIndex)host.Index).Rows);
    }

    [Fact]
    public async Task RunOnce_AfterThreeWeeksDown_SendsTheMissedSlotOnceOnRestart()
    {
        var store = new InMemoryStateStore();
        var index = new InMemoryScheduleIndex();
        using (var before = new CheckInTestHost(Start, store, index))
        {
            await before.SeedUserAsync(CheckInSamples.Plan());
        }

        using var after = new CheckInTestHost(new DateTimeOffset(2027, 4, 10, 12, 0, 0, TimeSpan.Zero), store, index);
        var first = await after.TickAtAsync(after.Time.GetUtcNow());
        var again = await after.TickAtAsync(after.Time.GetUtcNow().AddMinutes(5));

        var card = Assert.Single(first);
        Assert.Empty(again);
        Assert.Equal("2027-W13", (string?)card.Json!["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["week"]);
        Assert.Equal(new DateTimeOffset(2027, 4, 12, 7, 0, 0, TimeSpan.Zero), (await after.CheckInStateAsync()).NextSlotUtc);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, """{"error":{"code":"BotDisabledByAdmin","subCode":"MessageWritesBlocked"}}""")]
    [InlineData(HttpStatusCode.NotFound, """{"error":{"code":"ConversationNotFound"}}""")]
    public async Task RunOnce_ConversationGone_PausesThatUserAndLogs(HttpStatusCode status, string body)
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan());
        host.Connector.Enqueue(status, body);

        var sent = await host.TickAtAsync(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero));
        var later = await host.TickAtAsync(new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero));

        Assert.Single(sent);
        Assert.Empty(later);
        var state = await host.CheckInStateAsync();
        Assert.Equal(PauseReason.Unreachable, state.Paused);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), state.LastSendError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_UserWritesAgainAfterA403_CheckInsResume()
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan());
        host.Connector.Enqueue(HttpStatusCode.Forbidden);
        await host.TickAtAsync(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero));

        await host.SayAsync("hi again");
        var next = await host.TickAtAsync(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero));

        Assert.Single(next);
        Assert.Null((await host.CheckInStateAsync()).Paused);
    }

    [Fact]
    public async Task RunOnce_StorageDown_NothingLostAndSentOnTheNextTick()
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var index = (InMemoryScheduleIndex)host.Index;
        var slot = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);

        index.Unavailable = true;
        var duringOutage = await host.TickAtAsync(slot);
        index.Unavailable = false;
        var nextTick = await host.TickAtAsync(slot.AddMinutes(1));

        Assert.Empty(duringOutage);
        Assert.Single(nextTick);
    }

    [Fact]
    public async Task RunOnce_ConnectorFailsWith500_ClaimLapsesAndTheCheckInIsRetried()
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var slot = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);
        host.Connector.Enqueue(HttpStatusCode.InternalServerError);

        var failed = await host.TickAtAsync(slot);
        var withinLease = await host.TickAtAsync(slot.AddMinutes(1));
        var afterLease = await host.TickAtAsync(slot.Add(new CheckInOptions().ClaimLease).AddMinutes(1));

        Assert.Single(failed);
        Assert.Empty(withinLease);
        Assert.Single(afterLease);
        Assert.Equal("2027-W11", (await host.CheckInStateAsync()).Pending!.Week);
    }

    [Fact]
    public async Task RunOnce_PlanUnreadableWhenDue_SendsNoEmptyCardStopsTheScheduleAndKeepsTheCopy()
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var state = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        state.SetUtf8(TurnState.PlanDocument, UnreadableSamples.Plan(UnreadableSamples.WrongType));
        await host.Store.SaveAsync(state, CancellationToken.None);

        var sent = await host.TickAtAsync(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero));
        var nextWeek = await host.TickAtAsync(new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero));

        Assert.Empty(sent);
        Assert.Empty(nextWeek);
        var checkIns = await host.CheckInStateAsync();
        Assert.Null(checkIns.Slot);
        Assert.Null(checkIns.NextSlotUtc);
        Assert.Empty(((InMemoryScheduleIndex)host.Index).Rows);
        var stored = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        Assert.True(stored.Find(UnreadableDocuments.KeptName(TurnState.PlanDocument)) is { Exists: true });
    }

    [Fact]
    public async Task RunOnce_UserDeletedTheirDataWhileTheRowWasDue_SendsNothingAndWritesNothing()
    {
        using var host = new CheckInTestHost(Start);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var slot = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);
        await host.Store.DeleteScopeAsync(CheckInTestHost.Scope, CancellationToken.None);

        var sent = await host.TickAtAsync(slot);

        Assert.Empty(sent);
        Assert.Empty((await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None)).Documents);
        Assert.Empty(((InMemoryScheduleIndex)host.Index).Rows);
    }

    [Fact]
    public async Task RunOnce_UserDeletedTheirDataBetweenLoadAndSave_NothingIsRecreated()
    {
        var store = new ErasingStateStore(new InMemoryStateStore());
        using var host = new CheckInTestHost(Start, store);
        await host.SeedUserAsync(CheckInSamples.Plan());
        var slot = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);
        store.EraseBeforeNextSave = true;

        var sent = await host.TickAtAsync(slot);
        var nextWeek = await host.TickAtAsync(slot.AddDays(7));

        Assert.Single(sent);
        Assert.Empty(nextWeek);
        Assert.Empty((await store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None)).Documents);
        Assert.Empty(((InMemoryScheduleIndex)host.Index).Rows);
    }

    [Fact]
    public async Task ExecuteAsync_TimerTicks_SendsWhenTheFakeClockReachesTheSlot()
    {
        using var host = new CheckInTestHost(new DateTimeOffset(2027, 3, 22, 7, 58, 30, TimeSpan.Zero));
        await host.SeedUserAsync(CheckInSamples.Plan());
        using var stop = new CancellationTokenSource();

        await host.Service.StartAsync(stop.Token);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Connector.WaitForRequestsAsync(1).WaitAsync(TimeSpan.FromSeconds(30));
        await host.Service.StopAsync(CancellationToken.None);

        Assert.Single(host.Connector.Requests);
    }
}
