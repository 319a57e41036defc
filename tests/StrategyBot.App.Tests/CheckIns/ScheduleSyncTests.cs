using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class ScheduleSyncTests
{
    private static readonly DateTimeOffset Thursday = new(2027, 3, 11, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SyncSchedule_FirstPlanWithKpis_StartsCheckInsOnceAndSaysWhen()
    {
        using var host = new CheckInTestHost(Thursday);
        var plan = CheckInSamples.Plan();
        var state = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        TurnState.Of(state).SavePlan(plan);
        var first = new TurnContext(Activities.Message("done"));
        var second = new TurnContext(Activities.Message("thanks"));

        await host.Handler.SyncScheduleAsync(first, state, Language.English, CancellationToken.None);
        await host.Handler.SyncScheduleAsync(second, state, Language.English, CancellationToken.None);

        Assert.Contains("Monday 15 March 2027, 09:00", Assert.Single(first.Outbox).Text, StringComparison.Ordinal);
        Assert.Empty(second.Outbox);
        Assert.Equal(new DateTimeOffset(2027, 3, 15, 8, 0, 0, TimeSpan.Zero), Assert.Single(((InMemoryScheduleIndex)host.Index).Rows).Due);
    }

    [Fact]
    public async Task SyncSchedule_NoZoneAnywhere_UsesTeamsLocalTimezoneThenTheDefault()
    {
        using var host = new CheckInTestHost(Thursday);
        var plan = CheckInSamples.Plan(zone: null);
        var state = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        TurnState.Of(state).SavePlan(plan);
        var fromTeams = Activities.Message("done");
        fromTeams.LocalTimezone = "Asia/Tehran";

        await host.Handler.SyncScheduleAsync(new TurnContext(fromTeams), state, Language.English, CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2027, 3, 15, 5, 30, 0, TimeSpan.Zero), Conversation.TurnState.Of(state).CheckIns.NextSlotUtc);
    }

    [Fact]
    public async Task SyncSchedule_KpisRemoved_StopsTheSchedule()
    {
        using var host = new CheckInTestHost(Thursday);
        var state = await host.SeedUserAsync(CheckInSamples.Plan());
        TurnState.Of(state).UpdatePlan(plan => CheckInSamples.WithTargets(plan));

        await host.Handler.SyncScheduleAsync(new TurnContext(Activities.Message("x")), state, Language.English, CancellationToken.None);

        var checkIns = Conversation.TurnState.Of(state).CheckIns;
        Assert.Null(checkIns.Slot);
        Assert.Null(App.CheckIns.CheckInRules.NextWake(checkIns));
    }
    [Fact]
    public async Task SyncSchedule_PlanWithoutKpisAndNoSchedule_WritesNothing()
    {
        using var host = new CheckInTestHost(Thursday);
        var plan = CheckInSamples.WithTargets(CheckInSamples.Plan());
        var state = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        TurnState.Of(state).SavePlan(plan);
        var turn = new TurnContext(Activities.Message("our audience is students"));

        await host.Handler.SyncScheduleAsync(turn, state, Language.English, CancellationToken.None);

        Assert.Null(state.Get(App.CheckIns.CheckInDocuments.Name));
        Assert.Empty(turn.Outbox);
        Assert.Empty(((InMemoryScheduleIndex)host.Index).Rows);
    }
}
