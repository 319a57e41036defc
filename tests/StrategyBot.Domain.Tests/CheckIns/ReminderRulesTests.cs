using StrategyBot.Domain.CheckIns;

namespace StrategyBot.Domain.Tests.CheckIns;

public sealed class ReminderRulesTests
{
    private static readonly DateTimeOffset Sent = Zones.Utc("2026-11-23T05:30:00Z");

    [Theory]
    [InlineData(23.99, false, false, 1, false)]
    [InlineData(24, false, false, 1, true)]
    [InlineData(30, false, false, 1, true)]
    [InlineData(30, true, false, 1, false)]
    [InlineData(30, false, true, 1, false)]
    [InlineData(30, false, false, 2, false)]
    public void ShouldNudge_Conditions_OnlyOnceAfterADayWithinWeeklyLimit(double hoursLater, bool answered, bool nudged, int sentThisWeek, bool expected)
    {
        var now = Sent.AddHours(hoursLater);

        var nudge = ReminderRules.ShouldNudge(Sent, answered, nudged, sentThisWeek, now);

        Assert.Equal(expected, nudge);
    }

    [Fact]
    public void MessagesThisWeek_LocalWeekBoundary_CountsByUsersZone()
    {
        var sent = new[]
        {
            Zones.Utc("2026-11-22T21:00:00Z"),
            Zones.Utc("2026-11-23T05:30:00Z"),
            Zones.Utc("2026-11-24T06:00:00Z"),
            Zones.Utc("2026-11-16T05:30:00Z"),
        };

        var count = ReminderRules.MessagesThisWeek(sent, Zones.Tehran, Zones.Utc("2026-11-26T12:00:00Z"));

        Assert.Equal(3, count);
        Assert.False(ReminderRules.CanSend(count));
    }

    [Theory]
    [InlineData(new[] { CheckInOutcome.Ignored, CheckInOutcome.Ignored, CheckInOutcome.Ignored }, true)]
    [InlineData(new[] { CheckInOutcome.Answered, CheckInOutcome.Ignored, CheckInOutcome.Ignored, CheckInOutcome.Ignored }, true)]
    [InlineData(new[] { CheckInOutcome.Ignored, CheckInOutcome.Ignored, CheckInOutcome.Ignored, CheckInOutcome.Answered }, false)]
    [InlineData(new[] { CheckInOutcome.Ignored, CheckInOutcome.Skipped, CheckInOutcome.Ignored }, false)]
    [InlineData(new[] { CheckInOutcome.Ignored, CheckInOutcome.Ignored }, false)]
    [InlineData(new CheckInOutcome[0], false)]
    public void ShouldPause_RecentOutcomes_PausesAfterThreeIgnoredInARow(CheckInOutcome[] recent, bool expected)
    {
        Assert.Equal(expected, ReminderRules.ShouldPause(recent));
    }

    [Fact]
    public void NudgeDueAt_SentTime_IsOneDayLater()
    {
        Assert.Equal(Zones.Utc("2026-11-24T05:30:00Z"), ReminderRules.NudgeDueAt(Sent));
    }
}
