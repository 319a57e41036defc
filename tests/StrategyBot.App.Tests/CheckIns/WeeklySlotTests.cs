using StrategyBot.App.CheckIns;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class WeeklySlotTests
{
    [Fact]
    public void NextAfter_BerlinAcrossSpringForward_StaysAtNineLocal()
    {
        var slot = new WeeklySlot(DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/Berlin");

        var beforeChange = slot.NextAfter(new DateTimeOffset(2027, 3, 22, 12, 0, 0, TimeSpan.Zero));
        var afterChange = slot.NextAfter(beforeChange);

        Assert.Equal(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero), beforeChange);
        Assert.Equal(new DateTimeOffset(2027, 4, 5, 7, 0, 0, TimeSpan.Zero), afterChange);
        Assert.Equal(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero), slot.NextAfter(new DateTimeOffset(2027, 3, 21, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void NextAfter_NewYorkAcrossFallBack_StaysAtNineLocal()
    {
        var slot = new WeeklySlot(DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York");

        var lastSummer = slot.NextAfter(new DateTimeOffset(2027, 10, 30, 0, 0, 0, TimeSpan.Zero));
        var firstWinter = slot.NextAfter(lastSummer);

        Assert.Equal(new DateTimeOffset(2027, 11, 1, 13, 0, 0, TimeSpan.Zero), lastSummer);
        Assert.Equal(new DateTimeOffset(2027, 11, 8, 14, 0, 0, TimeSpan.Zero), firstWinter);
    }

    [Fact]
    public void NextAfter_SlotInsideSpringGap_MovesForwardByTheGap()
    {
        var slot = new WeeklySlot(DayOfWeek.Sunday, new TimeOnly(2, 30), "Europe/Berlin");

        var due = slot.NextAfter(new DateTimeOffset(2027, 3, 27, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), due);
        Assert.Equal(new DateTime(2027, 3, 28, 3, 30, 0), slot.ToLocal(due));
    }

    [Fact]
    public void NextAfter_SlotInRepeatedHour_TakesTheFirstOccurrence()
    {
        var slot = new WeeklySlot(DayOfWeek.Sunday, new TimeOnly(2, 30), "Europe/Berlin");

        var due = slot.NextAfter(new DateTimeOffset(2027, 10, 30, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void NextAfter_Tehran_IsThreeAndAHalfHoursAheadAllYear()
    {
        var slot = new WeeklySlot(DayOfWeek.Saturday, new TimeOnly(9, 0), "Asia/Tehran");

        var march = slot.NextAfter(new DateTimeOffset(2027, 3, 15, 0, 0, 0, TimeSpan.Zero));
        var july = slot.NextAfter(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 3, 20, 5, 30, 0, TimeSpan.Zero), march);
        Assert.Equal(new DateTimeOffset(2027, 7, 3, 5, 30, 0, TimeSpan.Zero), july);
    }

    [Fact]
    public void NextAfter_ExactlyAtTheSlot_ReturnsTheFollowingWeek()
    {
        var slot = new WeeklySlot(DayOfWeek.Monday, new TimeOnly(9, 0), "Etc/UTC");
        var monday = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

        var next = slot.NextAfter(monday);

        Assert.Equal(monday.AddDays(7), next);
    }

    [Fact]
    public void NextAfter_UnknownZone_FallsBackToUtc()
    {
        var slot = new WeeklySlot(DayOfWeek.Monday, new TimeOnly(9, 0), "Mars/Olympus_Mons");

        var next = slot.NextAfter(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Null(WeeklySlot.FindZone("Mars/Olympus_Mons"));
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero), next);
    }

    [Theory]
    [InlineData(2027, 3, 8, "2027-W09")]
    [InlineData(2027, 3, 10, "2027-W09")]
    [InlineData(2027, 3, 11, "2027-W10")]
    [InlineData(2027, 3, 14, "2027-W10")]
    [InlineData(2027, 1, 4, "2026-W53")]
    public void ReportedAt_MondayToWednesdayReportLastWeek_LaterDaysThisWeek(int year, int month, int day, string expected)
    {
        var week = CheckInWeek.ReportedAt(new DateTime(year, month, day, 9, 0, 0));

        Assert.Equal(expected, week.ToString());
    }

    [Theory]
    [InlineData("2027-W10", true)]
    [InlineData("2026-W53", true)]
    [InlineData("2027-W53", false)]
    [InlineData("2027-W00", false)]
    [InlineData("2027-10", false)]
    [InlineData("W10-2027", false)]
    [InlineData(null, false)]
    public void TryParse_IsoWeekText_AcceptsOnlyRealWeeks(string? text, bool valid)
    {
        var parsed = CheckInWeek.TryParse(text, out var week);

        Assert.Equal(valid, parsed);
        if (valid)
        {
            Assert.Equal(text, week.ToString());
        }
    }

    [Fact]
    public void AddWeeks_AcrossYearEnd_KeepsIsoNumbering()
    {
        var week = new CheckInWeek(2026, 52);

        Assert.Equal("2026-W53", week.AddWeeks(1).ToString());
        Assert.Equal("2027-W01", week.AddWeeks(2).ToString());
        Assert.Equal(2, week.AddWeeks(2).WeeksSince(week));
        Assert.Equal(new DateOnly(2027, 1, 4), week.AddWeeks(2).Monday);
    }
}
