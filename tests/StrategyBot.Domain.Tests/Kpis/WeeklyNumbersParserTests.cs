using StrategyBot.Domain.Kpis;

namespace StrategyBot.Domain.Tests.Kpis;

public sealed class WeeklyNumbersParserTests
{
    [Fact]
    public void TryParse_EnglishReply_ReadsEachNamedInput()
    {
        var ok = WeeklyNumbersParser.TryParse("reach 12000 clicks 340 spend 150", out var numbers);

        Assert.True(ok);
        Assert.Equal(12000m, numbers.Reach);
        Assert.Equal(340m, numbers.Clicks);
        Assert.Equal(150m, numbers.Spend);
        Assert.Null(numbers.Impressions);
    }

    [Fact]
    public void TryParse_PersianReplyWithPersianDigits_ReadsEachNamedInput()
    {
        var ok = WeeklyNumbersParser.TryParse("دسترسی ۱۲٬۰۰۰ کلیک ۳۴۰ هزینه ۱۵۰ درآمد ۶۰۰ هشتگ ۴۲", out var numbers);

        Assert.True(ok);
        Assert.Equal(12000m, numbers.Reach);
        Assert.Equal(340m, numbers.Clicks);
        Assert.Equal(150m, numbers.Spend);
        Assert.Equal(600m, numbers.Revenue);
        Assert.Equal(42m, numbers.BrandedHashtagUses);
    }

    [Fact]
    public void TryParse_PunctuationAndSuffixes_AreAccepted()
    {
        var ok = WeeklyNumbersParser.TryParse("Reach: 12k, impressions = 30,000; engagements 900, followers 5.2k", out var numbers);

        Assert.True(ok);
        Assert.Equal(12000m, numbers.Reach);
        Assert.Equal(30000m, numbers.Impressions);
        Assert.Equal(900m, numbers.Engagements);
        Assert.Equal(5200m, numbers.Followers);
    }

    [Theory]
    [InlineData("great week, thanks")]
    [InlineData("reach went up a lot")]
    [InlineData("ctr 2%")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NoNamedNumber_ReturnsFalse(string? text)
    {
        var ok = WeeklyNumbersParser.TryParse(text, out var numbers);

        Assert.False(ok);
        Assert.True(numbers.IsEmpty());
    }

    [Fact]
    public void Read_PlatformBeforeTheInputAndAPlatformAlone_RepeatTheInputPerPlatform()
    {
        var read = WeeklyNumbersParser.Read("instagram followers 9100, telegram 1600, sales 18");

        Assert.Equal(
            [
                new ReportedNumber(WeeklyInput.Followers, StrategyBot.Domain.Planning.Platform.Instagram, 9_100),
                new ReportedNumber(WeeklyInput.Followers, StrategyBot.Domain.Planning.Platform.Telegram, 1_600),
                new ReportedNumber(WeeklyInput.Conversions, null, 18),
            ],
            read);
    }

    [Fact]
    public void Read_PersianWithPlatformsAfterTheInput_ReadsEachPlatform()
    {
        var read = WeeklyNumbersParser.Read("فالوور اینستاگرام ۹۱۰۰ تلگرام ۱۶۰۰ فروش ۱۸");

        Assert.Equal(
            [
                new ReportedNumber(WeeklyInput.Followers, StrategyBot.Domain.Planning.Platform.Instagram, 9_100),
                new ReportedNumber(WeeklyInput.Followers, StrategyBot.Domain.Planning.Platform.Telegram, 1_600),
                new ReportedNumber(WeeklyInput.Conversions, null, 18),
            ],
            read);
    }

    [Fact]
    public void TryParse_ResponseAndListeningNumbers_AreRead()
    {
        var ok = WeeklyNumbersParser.TryParse("messages answered 40, response hours 100, brand mentions 30, competitor mentions 70", out var numbers);

        Assert.True(ok);
        Assert.Equal(40m, numbers.MessagesAnswered);
        Assert.Equal(100m, numbers.ResponseHours);
        Assert.Equal(30m, numbers.BrandMentions);
        Assert.Equal(70m, numbers.CompetitorMentions);
    }
}
