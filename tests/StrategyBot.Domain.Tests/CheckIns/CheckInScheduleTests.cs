using Microsoft.Extensions.Time.Testing;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.Domain.Tests.CheckIns;

public sealed class CheckInScheduleTests
{
    [Theory]
    [InlineData("America/New_York", "2026-03-02T14:00:00Z", "2026-03-09T13:00:00Z")]
    [InlineData("America/New_York", "2026-10-26T13:00:00Z", "2026-11-02T14:00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z")]
    [InlineData("Europe/Berlin", "2026-10-19T07:00:00Z", "2026-10-26T08:00:00Z")]
    [InlineData("Asia/Tehran", "2026-03-16T05:30:00Z", "2026-03-23T05:30:00Z")]
    [InlineData("Asia/Tehran", "2026-09-14T05:30:00Z", "2026-09-21T05:30:00Z")]
    [InlineData("Asia/Tehran", "2022-03-21T05:30:00Z", "2022-03-28T04:30:00Z")]
    public void NextDue_MondayNineAcrossDstChange_KeepsLocalWallClock(string zone, string now, string expected)
    {
        var schedule = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), Zones.ById(zone));

        var due = schedule.NextDue(Zones.Utc(now));

        Assert.Equal(Zones.Utc(expected), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Theory]
    [InlineData("2026-11-23T05:29:59Z", "2026-11-23T05:30:00Z")]
    [InlineData("2026-11-23T05:30:00Z", "2026-11-30T05:30:00Z")]
    [InlineData("2026-11-26T12:00:00Z", "2026-11-30T05:30:00Z")]
    [InlineData("2026-11-29T21:00:00Z", "2026-11-30T05:30:00Z")]
    public void NextDue_AroundTheSlot_IsStrictlyAfterNow(string now, string expected)
    {
        var schedule = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), Zones.Tehran);

        Assert.Equal(Zones.Utc(expected), schedule.NextDue(Zones.Utc(now)));
    }

    [Fact]
    public void NextDue_SlotInsideSpringForwardGap_FiresAtTransition()
    {
        var schedule = new CheckInSchedule(DayOfWeek.Sunday, new TimeOnly(2, 30), Zones.NewYork);

        var due = schedule.NextDue(Zones.Utc("2026-03-07T12:00:00Z"));

        Assert.Equal(Zones.Utc("2026-03-08T07:00:00Z"), due);
    }

    [Fact]
    public void NextDue_SlotInsideFallBackRepeat_FiresOnceAtFirstOccurrence()
    {
        var schedule = new CheckInSchedule(DayOfWeek.Sunday, new TimeOnly(1, 30), Zones.NewYork);
        var first = schedule.NextDue(Zones.Utc("2026-10-31T12:00:00Z"));

        var second = schedule.NextDue(first);

        Assert.Equal(Zones.Utc("2026-11-01T05:30:00Z"), first);
        Assert.Equal(Zones.Utc("2026-11-08T06:30:00Z"), second);
    }

    [Fact]
    public void PreviousSlot_MidWeek_ReturnsLastMonday()
    {
        var schedule = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), Zones.Berlin);

        var previous = schedule.PreviousSlot(Zones.Utc("2026-11-26T12:00:00Z"));

        Assert.Equal(Zones.Utc("2026-11-23T08:00:00Z"), previous);
    }

    [Fact]
    public void CatchUp_ThreeWeeksOfDowntime_SendsExactlyOnce()
    {
        var clock = new FakeTimeProvider(Zones.Utc("2026-11-02T08:00:00Z"));
        var schedule = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), Zones.Berlin);
        var lastSent = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(21) + TimeSpan.FromHours(3));

        var decision = schedule.CatchUp(lastSent, clock.GetUtcNow());

        Assert.True(decision.SendNow);
        Assert.Equal(3, decision.MissedSlots);
        Assert.Equal(Zones.Utc("2026-11-30T08:00:00Z"), decision.NextDue);
    }

    [Fact]
    public void CatchUp_RestartBeforeNextSlot_SendsNothing()
    {
        var clock = new FakeTimeProvider(Zones.Utc("2026-11-23T08:00:00Z"));
        var schedule = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), Zones.Berlin);
        var lastSent = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(3));

        var decision = schedule.CatchUp(lastSent, clock.GetUtcNow());

        Assert.False(decision.SendNow);
        Assert.Equal(0, decision.MissedSlots);
        Assert.Equal(Zones.Utc("2026-11-30T08:00:00Z"), decision.NextDue);
    }

    [Fact]
    public void CatchUp_SentAndThenCaughtUp_DoesNotSendAgain()
    {
        var schedule = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), Zones.Berlin);
        var restart = Zones.Utc("2026-11-25T10:00:00Z");
        var first = schedule.CatchUp(Zones.Utc("2026-11-02T08:00:00Z"), restart);

        var second = schedule.CatchUp(restart, restart.AddMinutes(5));

        Assert.True(first.SendNow);
        Assert.False(second.SendNow);
    }

    [Fact]
    public void SnoozeOneHour_Any_AddsOneHourInUtc()
    {
        var snoozed = CheckInSchedule.SnoozeOneHour(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(3.5)));

        Assert.Equal(Zones.Utc("2026-11-26T06:30:00Z"), snoozed);
        Assert.Equal(TimeSpan.Zero, snoozed.Offset);
    }

    [Theory]
    [InlineData("2026-11-26T06:00:00Z", "2026-11-26T14:30:00Z")]
    [InlineData("2026-11-26T14:29:00Z", "2026-11-26T14:30:00Z")]
    [InlineData("2026-11-26T16:00:00Z", "2026-11-26T17:00:00Z")]
    public void ThisEvening_BeforeAndAfterSix_ReturnsSixLocalOrOneHour(string now, string expected)
    {
        var schedule = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), Zones.Tehran);

        Assert.Equal(Zones.Utc(expected), schedule.ThisEvening(Zones.Utc(now)));
    }

    [Theory]
    [InlineData("Asia/Tehran", "2026-11-26T21:00:00Z", "2026-11-28T05:30:00Z")]
    [InlineData("America/New_York", "2026-03-07T15:00:00Z", "2026-03-08T13:00:00Z")]
    public void TomorrowAtSlot_LocalCalendar_UsesTomorrowsOffset(string zone, string now, string expected)
    {
        var schedule = new CheckInSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), Zones.ById(zone));

        Assert.Equal(Zones.Utc(expected), schedule.TomorrowAtSlot(Zones.Utc(now)));
    }
}
