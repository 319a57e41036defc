using StrategyBot.App.CheckIns;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class CheckInRulesTests
{
    private static readonly WeeklySlot Slot = new(DayOfWeek.Monday, new TimeOnly(9, 0), "Etc/UTC");
    private static readonly DateTimeOffset FirstSlot = new(2027, 3, 8, 9, 0, 0, TimeSpan.Zero);
    private readonly CheckInRules _rules = new(new CheckInOptions());

    [Fact]
    public void Decide_AtTheSlot_SendsTheCheckInForLastWeek()
    {
        var state = Scheduled();

        var decision = _rules.Decide(state, FirstSlot);

        Assert.Equal(DueAction.CheckIn, decision.Action);
        Assert.Equal("2027-W09", decision.Week.ToString());
    }

    [Fact]
    public void Decide_BeforeTheSlot_SendsNothing()
    {
        var state = Scheduled();

        var decision = _rules.Decide(state, FirstSlot.AddMinutes(-1));

        Assert.Equal(DueAction.None, decision.Action);
    }

    [Fact]
    public void Decide_After24HoursUnanswered_NudgesOnceOnly()
    {
        var state = Scheduled();
        state = Send(state, FirstSlot);

        var early = _rules.Decide(state, FirstSlot.AddHours(23));
        var due = _rules.Decide(state, FirstSlot.AddHours(24));
        state = _rules.Apply(state, due, FirstSlot.AddHours(24), null);
        var again = _rules.Decide(state, FirstSlot.AddHours(72));

        Assert.Equal(DueAction.None, early.Action);
        Assert.Equal(DueAction.Nudge, due.Action);
        Assert.Equal(DueAction.None, again.Action);
        Assert.Equal(CheckInRules.MaxUnpromptedMessagesPerWeek, state.Pending!.UnpromptedMessages);
        Assert.Equal(FirstSlot.AddDays(7), CheckInRules.NextWake(state));
    }

    [Fact]
    public void Decide_Answered_NoNudgeAndNextWakeIsTheNextSlot()
    {
        var state = Scheduled();
        state = Send(state, FirstSlot);

        state = CheckInRules.ApplyReported(state, IsoWeek.Create(2027, 9), FirstSlot.AddHours(2));

        Assert.Equal(DueAction.None, _rules.Decide(state, FirstSlot.AddHours(30)).Action);
        Assert.Equal(FirstSlot.AddDays(7), CheckInRules.NextWake(state));
        Assert.Equal(0, state.IgnoredWeeks);
    }

    [Fact]
    public void Decide_Snoozed_ReturnsAtTheSnoozeAndNudgesADayLater()
    {
        var state = Scheduled();
        state = Send(state, FirstSlot);
        state = state with { Pending = state.Pending! with { SnoozedUntilUtc = FirstSlot.AddHours(1), Touched = true } };

        var back = _rules.Decide(state, FirstSlot.AddHours(1));
        state = _rules.Apply(state, back, FirstSlot.AddHours(1), "card-2");

        Assert.Equal(DueAction.SnoozeReturn, back.Action);
        Assert.Null(state.Pending!.SnoozedUntilUtc);
        Assert.Equal("card-2", state.Pending.ActivityId);
        Assert.Equal(FirstSlot.AddHours(25), CheckInRules.NextWake(state));
        Assert.Equal(1, state.Pending.UnpromptedMessages);
    }

    [Fact]
    public void Decide_WhileSnoozed_DoesNotNudge()
    {
        var state = Scheduled();
        state = Send(state, FirstSlot);
        state = state with { Pending = state.Pending! with { SnoozedUntilUtc = FirstSlot.AddHours(30) } };

        var decision = _rules.Decide(state, FirstSlot.AddHours(25));

        Assert.Equal(DueAction.None, decision.Action);
        Assert.Equal(FirstSlot.AddHours(30), CheckInRules.NextWake(state));
    }

    [Fact]
    public void Decide_ThreeIgnoredWeeks_PausesOnTheFourthSlot()
    {
        var state = Scheduled();
        var actions = new List<DueAction>();
        for (var week = 0; week < 4; week++)
        {
            var at = FirstSlot.AddDays(7 * week);
            var decision = _rules.Decide(state, at);
            actions.Add(decision.Action);
            state = _rules.Apply(state, decision, at, "card");
        }

        Assert.Equal([DueAction.CheckIn, DueAction.CheckIn, DueAction.CheckIn, DueAction.PauseForIgnored], actions);
        Assert.Equal(PauseReason.Ignored, state.Paused);
        Assert.Null(CheckInRules.NextWake(state));
        Assert.Equal(DueAction.None, _rules.Decide(state, FirstSlot.AddDays(35)).Action);
    }

    [Fact]
    public void Decide_SnoozedWeekIsNotIgnored_SoNoPause()
    {
        var state = Scheduled();
        for (var week = 0; week < 4; week++)
        {
            var at = FirstSlot.AddDays(7 * week);
            var decision = _rules.Decide(state, at);
            Assert.Equal(DueAction.CheckIn, decision.Action);
            state = _rules.Apply(state, decision, at, "card");
            state = state with { Pending = state.Pending! with { Touched = week == 1 } };
        }

        Assert.Null(state.Paused);
        Assert.Equal(1, state.IgnoredWeeks);
    }

    [Fact]
    public void Decide_ThreeWeeksOfDowntime_SendsOneCheckInForTheLatestWeek()
    {
        var state = Scheduled();
        var restart = FirstSlot.AddDays(20);

        var decision = _rules.Decide(state, restart);
        state = _rules.Apply(state, decision, restart, "card");

        Assert.Equal(DueAction.CheckIn, decision.Action);
        Assert.Equal("2027-W11", decision.Week.ToString());
        Assert.Equal(FirstSlot.AddDays(21), state.NextSlotUtc);
        Assert.Equal(DueAction.None, _rules.Decide(state, restart.AddMinutes(1)).Action);
    }

    [Fact]
    public void Decide_WeekAlreadyReportedByCheckInNow_SkipsTheSlotButMovesOn()
    {
        var state = Scheduled();
        state = CheckInRules.ApplyReported(state, IsoWeek.Create(2027, 9), FirstSlot.AddDays(-1));

        var decision = _rules.Decide(state, FirstSlot);
        state = _rules.Apply(state, decision, FirstSlot, null);

        Assert.Equal(DueAction.None, decision.Action);
        Assert.Equal(FirstSlot.AddDays(7), state.NextSlotUtc);
    }

    [Fact]
    public void Decide_Paused_NeverDue()
    {
        var state = Scheduled() with { Paused = PauseReason.User };

        Assert.Equal(DueAction.None, _rules.Decide(state, FirstSlot.AddDays(1)).Action);
        Assert.Null(CheckInRules.NextWake(state));
    }

    [Fact]
    public void Apply_NudgeAfterTheUserAnsweredElsewhere_ChangesNothing()
    {
        var state = Scheduled();
        state = Send(state, FirstSlot);
        var nudge = _rules.Decide(state, FirstSlot.AddHours(24));
        state = CheckInRules.ApplyReported(state, nudge.Week, FirstSlot.AddHours(24));

        state = _rules.Apply(state, nudge, FirstSlot.AddHours(24), null);

        Assert.Null(state.Pending);
        Assert.Equal(FirstSlot.AddDays(7), CheckInRules.NextWake(state));
    }

    private static CheckInState Scheduled() => new() { Slot = Slot, NextSlotUtc = FirstSlot };

    private CheckInState Send(CheckInState state, DateTimeOffset at)
    {
        var decision = _rules.Decide(state, at);
        Assert.Equal(DueAction.CheckIn, decision.Action);
        return _rules.Apply(state, decision, at, "card-1");
    }
}
