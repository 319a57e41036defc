using StrategyBot.App.CheckIns;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class CheckInWeekTests
{
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
