using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Cards;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Kpis;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class CheckInTurnHandlerTests
{
    // Thursday 11 March 2027, 10:00 UTC: a check-in now reports week 10 (8 to 14 March).
    private static readonly DateTimeOffset Thursday = new(2027, 3, 11, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryHandle_CheckInNow_SendsTheCardForThisWeekAndAwaitsNumbers()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var (turn, handled) = await host.SayAsync("check in now");

        Assert.True(handled);
        var card = Assert.Single(turn.Outbox).Attachments![0].Content!.AsObject();
        Assert.Equal("2027-W10", (string?)card["actions"]![0]!["data"]!["week"]);
        Assert.Equal("2027-W10", (await host.CheckInStateAsync()).Pending!.Week);
    }

    [Fact]
    public async Task TryHandle_CardSubmit_StoresTheWeekAndRepliesWithTheResultCard()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        await host.SayAsync("check in now");

        var (turn, handled) = await host.SubmitAsync(Numbers("2027-W10", reach: "8000", impressions: "100000", clicks: "1200", spend: "1500"));

        Assert.True(handled);
        var record = Assert.Single(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
        Assert.Equal(8_000m, record.Numbers.Reach);
        Assert.Equal(1_500m, record.Numbers.Spend);
        var card = Assert.Single(turn.Outbox).Attachments![0].Content!.AsObject();
        CardAssert.ValidForTeams(card);
        Assert.Contains("Your results", CardAssert.VisibleText(card), StringComparison.Ordinal);
        var state = await host.CheckInStateAsync();
        Assert.Null(state.Pending);
        Assert.Equal("2027-W10", state.LastReportedWeek);
    }

    [Fact]
    public async Task TryHandle_ResubmitSameWeek_ReplacesTheRecord()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        await host.SubmitAsync(Numbers("2027-W10", reach: "8000"));
        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.SubmitAsync(Numbers("2027-W10", reach: "9000"));

        var record = Assert.Single(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
        Assert.Equal(9_000m, record.Numbers.Reach);
    }

    [Fact]
    public async Task TryHandle_DoubleClick_StoresOnceAndRepliesOnce()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var (first, _) = await host.SubmitAsync(Numbers("2027-W10", reach: "8000"));
        var (second, handled) = await host.SubmitAsync(Numbers("2027-W10", reach: "8000"));

        Assert.True(handled);
        Assert.Single(first.Outbox);
        Assert.Empty(second.Outbox);
        Assert.Equal(1, ((InMemoryCheckInHistory)host.History).Saves);
    }

    [Theory]
    [InlineData("reach 12000 clicks 340 spend 150", "en-US")]
    [InlineData("Reach: 12k, clicks 340, spend 150", "en-US")]
    [InlineData("دسترسی ۱۲۰۰۰ کلیک ۳۴۰ هزینه ۱۵۰", "fa-IR")]
    [InlineData("دسترسی ۱۲٬۰۰۰ و کلیک ۳۴۰ و هزینه ۱۵۰", "fa-IR")]
    public async Task TryHandle_TypedNumbersWhileACheckInWaits_AreStored(string text, string locale)
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan(), locale);
        await host.SayAsync("check in now", locale);

        var (turn, handled) = await host.SayAsync(text, locale);

        Assert.True(handled);
        var record = Assert.Single(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
        Assert.Equal(12_000m, record.Numbers.Reach);
        Assert.Equal(340m, record.Numbers.Clicks);
        Assert.Equal(150m, record.Numbers.Spend);
        Assert.Single(turn.Outbox);
    }

    [Fact]
    public async Task TryHandle_TypedNumbersWithNothingPending_AreLeftToTheInterview()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var (turn, handled) = await host.SayAsync("reach 12000");

        Assert.False(handled);
        Assert.Empty(turn.Outbox);
        Assert.Empty(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("lots")]
    [InlineData("1e30")]
    public async Task TryHandle_InvalidNumberInTheCard_AsksAgainAndStoresNothing(string reach)
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var (turn, _) = await host.SubmitAsync(Numbers("2027-W10", reach: reach, clicks: "10"));

        Assert.Contains("Reach", Assert.Single(turn.Outbox).Text, StringComparison.Ordinal);
        Assert.Empty(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
    }

    [Theory]
    [InlineData("2027-W30")]
    [InlineData("2020-W10")]
    public async Task TryHandle_CraftedWeekOutsideTheWindow_IsRefused(string week)
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var (turn, _) = await host.SubmitAsync(Numbers(week, reach: "100"));

        Assert.Contains("no longer take numbers", Assert.Single(turn.Outbox).Text, StringComparison.Ordinal);
        Assert.Empty(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
    }

    [Fact]
    public async Task TryHandle_Skip_StoresASkippedWeekWithTheReason()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        await host.SayAsync("check in now");

        var (turn, _) = await host.SubmitAsync(new JsonObject { ["action"] = CheckInCard.SkipAction, ["week"] = "2027-W10", ["reason"] = "  on holiday " });

        var record = Assert.Single(((InMemoryCheckInHistory)host.History).All(CheckInTestHost.Scope));
        Assert.True(record.Skipped);
        Assert.Equal("on holiday", record.SkipReason);
        Assert.StartsWith("8 to 14 March 2027 skipped", Assert.Single(turn.Outbox).Text, StringComparison.Ordinal);
        Assert.Null((await host.CheckInStateAsync()).Pending);
    }

    [Theory]
    [InlineData("1h", 2027, 3, 11, 11, 0)]
    [InlineData("evening", 2027, 3, 11, 17, 0)]
    [InlineData("tomorrow", 2027, 3, 12, 8, 0)]
    public async Task TryHandle_Snooze_BringsTheCheckInBackAtTheChosenTime(string until, int year, int month, int day, int hour, int minute)
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        await host.SayAsync("check in now");

        await host.SubmitAsync(new JsonObject { ["action"] = CheckInCard.SnoozeAction, ["until"] = until, ["week"] = "2027-W10" });

        var expected = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
        var state = await host.CheckInStateAsync();
        Assert.Equal(expected, state.Pending!.SnoozedUntilUtc);
        Assert.Contains(((InMemoryScheduleIndex)host.Index).Rows, row => row.Due == expected);
        var sent = await host.TickAtAsync(expected);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)Assert.Single(sent).Json!["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task TryHandle_PauseThenResume_StopsAndRestartsTheSchedule()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var (paused, _) = await host.SubmitAsync(new JsonObject { ["action"] = CheckInCard.PauseAction });
        var nothing = await host.TickAtAsync(new DateTimeOffset(2027, 3, 15, 8, 0, 0, TimeSpan.Zero));
        var (resumed, _) = await host.SayAsync("resume check-ins");
        var next = await host.TickAtAsync(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero));

        Assert.Contains("resume check-ins", Assert.Single(paused.Outbox).Text, StringComparison.Ordinal);
        Assert.Empty(nothing);
        Assert.Contains("Monday 22 March 2027, 09:00", Assert.Single(resumed.Outbox).Text, StringComparison.Ordinal);
        Assert.Single(next);
    }

    [Fact]
    public async Task TryHandle_ChangeTimeInTwoSteps_MovesTheSlotInThePlan()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var (ask, _) = await host.SayAsync("change check-in time");
        var (saved, handled) = await host.SayAsync("Friday 17:30");

        Assert.Contains("Monday", Assert.Single(ask.Outbox).Text, StringComparison.Ordinal);
        Assert.True(handled);
        Assert.Contains("Friday 12 March 2027, 17:30", Assert.Single(saved.Outbox).Text, StringComparison.Ordinal);
        var state = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        Assert.Equal(DayOfWeek.Friday, TurnState.Of(state).Plan.Control.CheckInDay);
        Assert.Equal(new DateTimeOffset(2027, 3, 12, 16, 30, 0, TimeSpan.Zero), TurnState.Of(state).CheckIns.NextSlotUtc);
    }

    [Fact]
    public async Task TryHandle_TimeZoneInPersian_MovesTheSlotToTehran()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan(), "fa-IR");

        var (turn, _) = await host.SayAsync("منطقه زمانی تهران", "fa-IR");

        var state = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        Assert.Equal("Asia/Tehran", TurnState.Of(state).Plan.Control.TimeZoneId);
        Assert.True(TurnState.Of(state).Profile.TimeZoneConfirmed);
        Assert.Equal(new DateTimeOffset(2027, 3, 15, 5, 30, 0, TimeSpan.Zero), TurnState.Of(state).CheckIns.NextSlotUtc);
        Assert.StartsWith(BidiMarks.RightToLeft, Assert.Single(turn.Outbox).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandle_ShowProgressWithHistory_RepliesWithTheProgressCard()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());
        await host.SubmitAsync(Numbers("2027-W09", reach: "6000", impressions: "90000", clicks: "900", spend: "1400"));
        await host.SubmitAsync(Numbers("2027-W10", reach: "6500", impressions: "95000", clicks: "1000", spend: "1400"));

        var (turn, handled) = await host.SayAsync("show my progress");

        Assert.True(handled);
        var card = Assert.Single(turn.Outbox).Attachments![0].Content!.AsObject();
        CardAssert.ValidForTeams(card);
        Assert.Single(CardAssert.OfType(card, "Image"));
    }

    [Fact]
    public async Task TryHandle_PlanWithoutKpis_ExplainsInsteadOfSendingACard()
    {
        using var host = new CheckInTestHost(Thursday);
        var plan = CheckInSamples.WithTargets(CheckInSamples.Plan());
        await host.SeedUserAsync(plan);

        var (turn, handled) = await host.SayAsync("check in now");

        Assert.True(handled);
        Assert.Contains("no KPIs", Assert.Single(turn.Outbox).Text, StringComparison.Ordinal);
        Assert.Empty(((InMemoryScheduleIndex)host.Index).Rows);
    }

    [Fact]
    public async Task TryHandle_OtherCardActionsAndInvokes_AreNotForIt()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var (submit, submitHandled) = await host.SubmitAsync(new JsonObject { ["action"] = "answer", ["promptId"] = "x", ["answer"] = "reach 5" });
        var (invoke, invokeHandled) = await host.TurnAsync(Activities.AdaptiveCardAction("showPlan"));

        Assert.False(submitHandled);
        Assert.False(invokeHandled);
        Assert.Empty(submit.Outbox);
        Assert.Empty(invoke.Outbox);
    }

    private static JsonObject Numbers(string week, string? reach = null, string? impressions = null, string? clicks = null, string? spend = null)
    {
        var value = new JsonObject { ["action"] = CheckInCard.Action, ["week"] = week };
        foreach (var (key, text) in new[] { ("reach", reach), ("impressions", impressions), ("clicks", clicks), ("spend", spend) })
        {
            if (text is not null)
            {
                value[key] = text;
            }
        }

        return value;
    }
}
