using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

public sealed class DeadlineParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("by 31 March 2027", "2027-03-31")]
    [InlineData("by March 31, 2027", "2027-03-31")]
    [InlineData("deadline 2027-03-31", "2027-03-31")]
    [InlineData("by 31/03/2027", "2027-03-31")]
    [InlineData("by March 31", "2027-03-31")]
    [InlineData("by the 5th of December", "2026-12-05")]
    [InlineData("by March", "2027-03-31")]
    [InlineData("by the end of February", "2027-02-28")]
    [InlineData("by December", "2026-12-31")]
    [InlineData("by November", "2026-11-30")]
    [InlineData("by October", "2027-10-31")]
    [InlineData("by next March", "2027-03-31")]
    [InlineData("in May 2027", "2027-05-31")]
    [InlineData("in 3 months", "2027-02-26")]
    [InlineData("within 8 weeks", "2027-01-21")]
    [InlineData("in 90 days", "2027-02-24")]
    [InlineData("over the next six months", "2027-05-26")]
    [InlineData("within a year", "2027-11-26")]
    [InlineData("two weeks from now", "2026-12-10")]
    [InlineData("by end of Q2", "2027-06-30")]
    [InlineData("by Q4", "2026-12-31")]
    [InlineData("by Q1 2028", "2028-03-31")]
    [InlineData("by the end of the second quarter", "2027-06-30")]
    [InlineData("by next quarter", "2027-03-31")]
    [InlineData("by the end of the quarter", "2026-12-31")]
    [InlineData("by year end", "2026-12-31")]
    [InlineData("by the end of the year", "2026-12-31")]
    [InlineData("by the end of 2027", "2027-12-31")]
    [InlineData("by the end of next year", "2027-12-31")]
    [InlineData("by the end of the month", "2026-11-30")]
    [InlineData("by next month", "2026-12-31")]
    [InlineData("by tomorrow", "2026-11-27")]
    [InlineData("by the day after tomorrow", "2026-11-28")]
    [InlineData("by the end of the week", "2026-11-29")]
    [InlineData("by next week", "2026-12-06")]
    [InlineData("this year", "2026-12-31")]
    [InlineData("next year", "2027-12-31")]
    [InlineData("within the next year", "2027-11-26")]
    [InlineData("by summer", "2027-05-31")]
    [InlineData("by next summer", "2027-05-31")]
    [InlineData("by summer 2028", "2028-05-31")]
    [InlineData("by the end of summer", "2027-08-31")]
    [InlineData("by autumn", "2027-08-31")]
    [InlineData("before fall", "2027-08-31")]
    [InlineData("by the end of autumn", "2026-11-30")]
    [InlineData("next autumn", "2027-11-30")]
    [InlineData("this winter", "2027-02-28")]
    [InlineData("before Christmas", "2026-12-24")]
    [InlineData("by Christmas", "2026-12-25")]
    [InlineData("by New Year's Eve", "2026-12-31")]
    [InlineData("by Valentine's Day", "2027-02-14")]
    [InlineData("by Black Friday", "2026-11-27")]
    [InlineData("by Nowruz", "2027-03-21")]
    [InlineData("by 12/20", "2026-12-20")]
    [InlineData("by 20/12", "2026-12-20")]
    [InlineData("by mid-January", "2027-01-15")]
    [InlineData("by the middle of March", "2027-03-15")]
    public void TryFind_EnglishExpressions_ReturnsDeadline(string text, string expected)
    {
        var found = DeadlineParser.TryFind(text, Today, out var deadline);

        Assert.True(found);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline);
    }

    [Theory]
    [InlineData("تا پایان خرداد ۱۴۰۶", "2027-06-21")]
    [InlineData("تا آخر خرداد", "2027-06-21")]
    [InlineData("تا خردادماه", "2027-06-21")]
    [InlineData("تا ۱۵ مهر", "2027-10-07")]
    [InlineData("تا ۳۰ آذر", "2026-12-21")]
    [InlineData("تا ۱ آذر", "2027-11-22")]
    [InlineData("۱۴۰۶/۰۳/۳۱", "2027-06-21")]
    [InlineData("1406-03-31", "2027-06-21")]
    [InlineData("ظرف ۳ ماه", "2027-02-26")]
    [InlineData("ظرف سه ماه آینده", "2027-02-26")]
    [InlineData("طی ۸ هفته", "2027-01-21")]
    [InlineData("در ۹۰ روز", "2027-02-24")]
    [InlineData("تا پایان سال", "2027-03-20")]
    [InlineData("تا آخر امسال", "2027-03-20")]
    [InlineData("تا پایان سال بعد", "2028-03-19")]
    [InlineData("تا پایان ۱۴۰۶", "2028-03-19")]
    [InlineData("تا سال ۱۴۱۰", "2032-03-19")]
    [InlineData("تا پایان تابستان ۱۴۰۶", "2027-09-22")]
    [InlineData("تا پایان زمستان", "2027-03-20")]
    [InlineData("تا پایان فصل", "2026-12-21")]
    [InlineData("تا پایان ماه", "2026-12-21")]
    [InlineData("تا پایان ماه آینده", "2027-01-20")]
    [InlineData("در سه ماهه اول ۱۴۰۶", "2027-06-21")]
    [InlineData("تا نوروز", "2027-03-21")]
    [InlineData("تا ٣٠ دی", "2027-01-20")]
    [InlineData("تا فردا", "2026-11-27")]
    [InlineData("پس‌فردا", "2026-11-28")]
    [InlineData("پس فردا", "2026-11-28")]
    [InlineData("تا تابستان", "2027-06-21")]
    [InlineData("تا پاییز", "2027-09-22")]
    [InlineData("تا زمستان", "2026-12-21")]
    [InlineData("تا بهار", "2027-03-20")]
    [InlineData("در تابستان", "2027-09-22")]
    [InlineData("تا سال آینده", "2027-03-20")]
    [InlineData("در سال آینده", "2028-03-19")]
    [InlineData("تا ماه آینده", "2026-12-21")]
    [InlineData("تا آخر همین ماه", "2026-12-21")]
    [InlineData("دو هفته دیگر", "2026-12-10")]
    [InlineData("تا عید", "2027-03-21")]
    [InlineData("تا اول فروردین", "2027-03-21")]
    [InlineData("تا نیمه دی", "2027-01-05")]
    [InlineData("تا شب یلدا", "2026-12-21")]
    [InlineData("قبل از یلدا", "2026-12-20")]
    public void TryFind_PersianExpressions_ReturnsJalaliDeadline(string text, string expected)
    {
        var found = DeadlineParser.TryFind(text, Today, out var deadline);

        Assert.True(found);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline);
    }

    [Theory]
    [InlineData("Grow reach with 3 posts a week")]
    [InlineData("answer within an hour")]
    [InlineData("reply within 2 hours")]
    [InlineData("we may grow")]
    [InlineData("با مهر و محبت پاسخ بدهیم")]
    [InlineData("۲ پست در روز")]
    [InlineData("by 2026-02-30")]
    [InlineData("")]
    [InlineData("we have 500 followers today")]
    [InlineData("half of them, 1/2 of our posts")]
    [InlineData("تا عید فطر")]
    public void TryFind_NoDeadlineOrInvalidDate_ReturnsFalse(string text)
    {
        var found = DeadlineParser.TryFind(text, Today, out _);

        Assert.False(found);
    }

    [Theory]
    [InlineData(null, "2027-04-03")]
    [InlineData("en-US", "2027-03-04")]
    public void TryFind_AmbiguousNumericDate_FollowsLanguage(string? language, string expected)
    {
        var found = DeadlineParser.TryFind("by 03/04/2027", Today, language, out var deadline);

        Assert.True(found);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline);
    }

    [Fact]
    public void TryFind_SeveralReadings_PrefersTheMostSpecific()
    {
        var found = DeadlineParser.TryFind("by March 15, 2027", Today, out var deadline);

        Assert.True(found);
        Assert.Equal(new DateOnly(2027, 3, 15), deadline);
    }
}
