using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Tests.Text;

public sealed class JalaliDateTests
{
    [Theory]
    [InlineData(2027, 6, 21, 1406, 3, 31)]
    [InlineData(2026, 3, 21, 1405, 1, 1)]
    [InlineData(2026, 11, 26, 1405, 9, 5)]
    [InlineData(2025, 3, 20, 1403, 12, 30)]
    public void ToJalali_GregorianDate_ReturnsJalaliParts(int y, int m, int d, int jy, int jm, int jd)
    {
        var jalali = JalaliDate.ToJalali(new DateOnly(y, m, d));

        Assert.Equal((jy, jm, jd), jalali);
    }

    [Fact]
    public void FromJalali_EndOfKhordad1406_Returns21June2027()
    {
        var date = JalaliDate.FromJalali(1406, 3, 31);

        Assert.Equal(new DateOnly(2027, 6, 21), date);
    }

    [Theory]
    [InlineData(1403, 12, 30, true)]
    [InlineData(1404, 12, 30, false)]
    [InlineData(1405, 7, 31, false)]
    [InlineData(1405, 13, 1, false)]
    [InlineData(1405, 6, 31, true)]
    public void TryFromJalali_DayValidity_FollowsCalendar(int year, int month, int day, bool expected)
    {
        var ok = JalaliDate.TryFromJalali(year, month, day, out _);

        Assert.Equal(expected, ok);
    }

    [Fact]
    public void Format_KhordadEnd_ReturnsPersianDigitsAndMonthName()
    {
        var text = JalaliDate.Format(new DateOnly(2027, 6, 21));

        Assert.Equal("۳۱ خرداد ۱۴۰۶", text);
    }

    [Fact]
    public void Format_AsciiDigitsRequested_ReturnsAsciiDigits()
    {
        var text = JalaliDate.Format(new DateOnly(2027, 6, 21), persianDigits: false);

        Assert.Equal("31 خرداد 1406", text);
    }

    [Theory]
    [InlineData("خرداد", 3)]
    [InlineData("اسفند", 12)]
    [InlineData("آذر", 9)]
    [InlineData("اذر", 9)]
    [InlineData("Mehr", 7)]
    [InlineData("farvardin", 1)]
    public void TryParseMonth_KnownName_ReturnsMonthNumber(string name, int expected)
    {
        var ok = JalaliDate.TryParseMonth(name, out var month);

        Assert.True(ok);
        Assert.Equal(expected, month);
    }

    [Fact]
    public void EndOfYear_LeapAndCommonYears_ReturnsLastDayOfEsfand()
    {
        Assert.Equal(new DateOnly(2025, 3, 20), JalaliDate.EndOfYear(1403));
        Assert.Equal(new DateOnly(2026, 3, 20), JalaliDate.EndOfYear(1404));
    }

    [Fact]
    public void MonthNames_Always_HasTwelvePersianNames()
    {
        Assert.Equal(12, JalaliDate.MonthNames.Count);
        Assert.Equal("فروردین", JalaliDate.MonthNames[0]);
    }
}
