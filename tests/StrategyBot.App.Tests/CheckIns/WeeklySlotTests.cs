using StrategyBot.App.CheckIns;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class WeeklySlotTests
{
    [Fact]
    public void ToSchedule_KnownZone_IsTheDomainScheduleForTheStoredSlot()
    {
        var slot = new WeeklySlot(DayOfWeek.Saturday, new TimeOnly(9, 0), "Asia/Tehran");

        var schedule = slot.ToSchedule();

        Assert.Equal(DayOfWeek.Saturday, schedule.Day);
        Assert.Equal(new TimeOnly(9, 0), schedule.Time);
        Assert.Equal(new DateTimeOffset(2027, 3, 20, 5, 30, 0, TimeSpan.Zero), schedule.NextDue(new DateTimeOffset(2027, 3, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void ToSchedule_UnknownZone_FallsBackToUtc()
    {
        var slot = new WeeklySlot(DayOfWeek.Monday, new TimeOnly(9, 0), "Mars/Olympus_Mons");

        var next = slot.ToSchedule().NextDue(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Same(TimeZoneInfo.Utc, slot.Zone);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero), next);
    }
}
