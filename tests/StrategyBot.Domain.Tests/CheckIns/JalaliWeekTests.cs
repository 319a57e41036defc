using StrategyBot.Domain.CheckIns;

namespace StrategyBot.Domain.Tests.CheckIns;

public sealed class JalaliWeekTests
{
    [Theory]
    [InlineData(2026, 48, "۲ تا ۸ آذر ۱۴۰۵")]
    [InlineData(2026, 47, "۲۵ آبان تا ۱ آذر ۱۴۰۵")]
    [InlineData(2026, 12, "۲۵ اسفند ۱۴۰۴ تا ۲ فروردین ۱۴۰۵")]
    public void Label_IsoWeek_ReturnsJalaliRange(int year, int week, string expected)
    {
        var label = JalaliWeek.Label(IsoWeek.Create(year, week));

        Assert.Equal(expected, label);
    }

    [Fact]
    public void Label_AsciiDigits_KeepsAsciiDigits()
    {
        var label = JalaliWeek.Label(IsoWeek.Create(2026, 48), persianDigits: false);

        Assert.Equal("2 تا 8 آذر 1405", label);
    }
}
