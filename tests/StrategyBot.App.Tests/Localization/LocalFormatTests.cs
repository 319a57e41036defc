using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Localization;

public sealed class LocalFormatTests
{
    private const string Rlm = "\u200F";
    private const string Lrm = "\u200E";

    [Theory]
    [InlineData(Language.English, "1,234,567.89")]
    [InlineData(Language.Persian, "۱٬۲۳۴٬۵۶۷٫۸۹")]
    public void Number_LargeDecimal_UsesLanguageDigitsAndSeparators(Language language, string expected)
    {
        var text = LocalFormat.Number(language, 1234567.891m);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Number_PersianNegative_StartsWithLeftToRightMark()
    {
        var text = LocalFormat.Number(Language.Persian, -5m);

        Assert.Equal(Lrm + "-۵", text);
    }

    [Theory]
    [InlineData(Language.English, 20, "20%")]
    [InlineData(Language.Persian, 20, "۲۰٪")]
    [InlineData(Language.Persian, 12.5, "۱۲٫۵٪")]
    public void Percent_Value_PercentSignPlacedForLanguage(Language language, double value, string expected)
    {
        var text = LocalFormat.Percent(language, (decimal)value);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Date_Persian_JalaliWithGregorianBeside()
    {
        var text = LocalFormat.Date(Language.Persian, new DateOnly(2027, 6, 21));

        Assert.Equal("۳۱ خرداد ۱۴۰۶ " + Rlm + "(" + Lrm + "21 June 2027" + Lrm + ")" + Rlm, text);
    }

    [Fact]
    public void Date_English_DayMonthYear()
    {
        var text = LocalFormat.Date(Language.English, new DateOnly(2027, 6, 21));

        Assert.Equal("21 June 2027", text);
    }

    [Theory]
    [InlineData(2025, 3, 20, "۳۰ اسفند ۱۴۰۳")]
    [InlineData(2025, 3, 21, "۱ فروردین ۱۴۰۴")]
    [InlineData(2027, 3, 21, "۱ فروردین ۱۴۰۶")]
    [InlineData(2026, 12, 21, "۳۰ آذر ۱۴۰۵")]
    public void JalaliDate_AroundNowruzAndYearEnd_MatchesIranianCalendar(int year, int month, int day, string expected)
    {
        var text = LocalFormat.JalaliDate(new DateOnly(year, month, day));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(Language.English, 1500, "USD", "1,500 USD")]
    [InlineData(Language.English, 2500000, "IRT", "2,500,000 toman")]
    [InlineData(Language.English, 12.5, "eur", "12.50 EUR")]
    [InlineData(Language.Persian, 150000, "IRT", "۱۵۰٬۰۰۰ تومان")]
    [InlineData(Language.Persian, 3000000, "IRR", "۳٬۰۰۰٬۰۰۰ ریال")]
    [InlineData(Language.Persian, 99.5, "USD", "۹۹٫۵۰ دلار")]
    public void Currency_Amount_FormattedForLanguage(Language language, double amount, string code, string expected)
    {
        var text = LocalFormat.Currency(language, (decimal)amount, code);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Currency_PersianUnknownCode_KeepsCodeLeftToRight()
    {
        var text = LocalFormat.Currency(Language.Persian, 10m, "CHF");

        Assert.Equal("۱۰ " + Lrm + "CHF" + Lrm, text);
    }

    [Theory]
    [InlineData(Language.English, "Monday 21 June 2027, 09:05")]
    [InlineData(Language.Persian, "دوشنبه ۳۱ خرداد ۱۴۰۶ \u200F(\u200E21 June 2027\u200E)\u200F، ساعت ۰۹:۰۵")]
    public void DateAndTime_LocalMoment_WeekdayDateAndTime(Language language, string expected)
    {
        var moment = new DateTimeOffset(2027, 6, 21, 9, 5, 0, TimeSpan.FromHours(3.5));

        var text = LocalFormat.DateAndTime(language, moment);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(DayOfWeek.Saturday, "شنبه")]
    [InlineData(DayOfWeek.Tuesday, "سه‌شنبه")]
    [InlineData(DayOfWeek.Friday, "جمعه")]
    public void Weekday_Persian_Name(DayOfWeek day, string expected)
    {
        var text = LocalFormat.Weekday(Language.Persian, day);

        Assert.Equal(expected, text);
    }
}
