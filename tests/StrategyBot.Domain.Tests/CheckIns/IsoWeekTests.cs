using StrategyBot.Domain.CheckIns;

namespace StrategyBot.Domain.Tests.CheckIns;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-11-26", "2026-W48")]
    [InlineData("2026-12-31", "2026-W53")]
    [InlineData("2027-01-01", "2026-W53")]
    [InlineData("2027-01-03", "2026-W53")]
    [InlineData("2027-01-04", "2027-W01")]
    [InlineData("2024-12-30", "2025-W01")]
    [InlineData("2025-12-28", "2025-W52")]
    [InlineData("2025-12-29", "2026-W01")]
    [InlineData("2021-01-03", "2020-W53")]
    public void FromDate_YearBoundaries_FollowsIso8601(string date, string expected)
    {
        var week = IsoWeek.FromDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, week.ToString());
    }

    [Theory]
    [InlineData(2026, 53)]
    [InlineData(2025, 52)]
    [InlineData(2020, 53)]
    [InlineData(2027, 52)]
    public void WeeksInYear_Year_Returns52Or53(int year, int expected)
    {
        Assert.Equal(expected, IsoWeek.WeeksInYear(year));
    }

    [Theory]
    [InlineData("2026-W53", "2027-W01")]
    [InlineData("2025-W52", "2026-W01")]
    [InlineData("2026-W48", "2026-W49")]
    public void Next_AcrossYearEnd_MovesToWeekOne(string week, string expected)
    {
        Assert.Equal(expected, IsoWeek.Parse(week).Next().ToString());
        Assert.Equal(week, IsoWeek.Parse(expected).Previous().ToString());
    }

    [Fact]
    public void MondayAndSunday_Week48Of2026_Are23And29November()
    {
        var week = IsoWeek.Create(2026, 48);

        Assert.Equal(new DateOnly(2026, 11, 23), week.Monday);
        Assert.Equal(new DateOnly(2026, 11, 29), week.Sunday);
        Assert.True(week.Contains(new DateOnly(2026, 11, 29)));
        Assert.False(week.Contains(new DateOnly(2026, 11, 30)));
    }

    [Theory]
    [InlineData("2026-W48", 2026, 48)]
    [InlineData("2026W48", 2026, 48)]
    [InlineData("2026-w8", 2026, 8)]
    [InlineData(" 2026-W08 ", 2026, 8)]
    [InlineData("۲۰۲۶-W۴۸", 2026, 48)]
    public void TryParse_AcceptedForms_ReturnsWeek(string text, int year, int number)
    {
        var ok = IsoWeek.TryParse(text, out var week);

        Assert.True(ok);
        Assert.Equal(IsoWeek.Create(year, number), week);
    }

    [Theory]
    [InlineData("2025-W53")]
    [InlineData("1999-W10")]
    [InlineData("2201-W10")]
    [InlineData("9999-W52")]
    [InlineData("2026-W00")]
    [InlineData("2026-48")]
    [InlineData("W48")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_InvalidWeek_ReturnsFalse(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => IsoWeek.Parse("2025-W53"));
    }

    [Fact]
    public void Create_WeekBeyondYear_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoWeek.Create(2025, 53));
    }

    [Fact]
    public void Comparison_AcrossYears_OrdersChronologically()
    {
        var late2026 = IsoWeek.Create(2026, 53);
        var early2027 = IsoWeek.Create(2027, 1);

        Assert.True(late2026 < early2027);
        Assert.True(early2027 >= late2026);
        Assert.Equal(1, late2026.WeeksUntil(early2027));
        Assert.Equal(-6, IsoWeek.Create(2027, 5).WeeksUntil(IsoWeek.Create(2026, 52)));
        Assert.Equal(IsoWeek.Create(2027, 5), IsoWeek.Create(2026, 52).AddWeeks(6));
    }
}
