using StrategyBot.Domain.CheckIns;

namespace StrategyBot.Domain.Tests.CheckIns;

public sealed class ReportingWeekTests
{
    [Theory]
    [InlineData(2027, 3, 8, "2027-W09")]
    [InlineData(2027, 3, 10, "2027-W09")]
    [InlineData(2027, 3, 11, "2027-W10")]
    [InlineData(2027, 3, 14, "2027-W10")]
    [InlineData(2027, 1, 4, "2026-W53")]
    public void At_MondayToWednesdayReportLastWeek_LaterDaysThisWeek(int year, int month, int day, string expected)
    {
        var week = ReportingWeek.At(new DateTime(year, month, day, 9, 0, 0));

        Assert.Equal(expected, week.ToString());
    }
}
