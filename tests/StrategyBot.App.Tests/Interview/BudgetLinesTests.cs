using StrategyBot.App.Interview;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

public sealed class BudgetLinesTests
{
    [Fact]
    public void TryParse_LinesPerPlatformAndStrategy_AddingUpTo100_AreRead()
    {
        var ok = BudgetLines.TryParse("Instagram paid 60%\nTelegram 25, Instagram organic 15", out var lines, out _);

        Assert.True(ok);
        Assert.Equal(
            [(Platform.Instagram, BudgetStrategy.Paid, 60m), (Platform.Telegram, BudgetStrategy.Paid, 25m), (Platform.Instagram, BudgetStrategy.Organic, 15m)],
            lines.Select(l => (l.Platform, l.Strategy, l.Percent)));
    }

    [Theory]
    [InlineData("Instagram paid 60, Instagram influencers 20%, Telegram 20")]
    [InlineData("Instagram ads 60; Instagram influencer marketing 20; Telegram 20")]
    [InlineData("اینستاگرام تبلیغات ۶۰، اینستاگرام اینفلوئنسر ۲۰٪، تلگرام ۲۰")]
    [InlineData("اینستاگرام تبلیغات ۶۰، همکاری با اینفلوانسرهای اینستاگرام ۲۰، تلگرام ۲۰")]
    public void TryParse_InfluencerLineBesideThePlatformsAds_IsItsOwnLine(string text)
    {
        var ok = BudgetLines.TryParse(text, out var lines, out var problem);

        Assert.True(ok, problem?.Key.ToString());
        Assert.Equal(
            [(Platform.Instagram, BudgetStrategy.Paid, 60m), (Platform.Instagram, BudgetStrategy.Influencers, 20m), (Platform.Telegram, BudgetStrategy.Paid, 20m)],
            lines.Select(l => (l.Platform, l.Strategy, l.Percent)));
        Assert.Equal("Instagram paid 60\nInstagram influencers 20\nTelegram paid 20", BudgetLines.Format(lines));
    }

    [Fact]
    public void TryParse_InPersianWithPersianDigits_IsRead()
    {
        var ok = BudgetLines.TryParse("اینستاگرام تبلیغات ٪۷۰، تلگرام ارگانیک ۳۰", out var lines, out _);

        Assert.True(ok);
        Assert.Equal([(Platform.Instagram, BudgetStrategy.Paid, 70m), (Platform.Telegram, BudgetStrategy.Organic, 30m)], lines.Select(l => (l.Platform, l.Strategy, l.Percent)));
    }

    [Theory]
    [InlineData("Instagram 60, Telegram 30", nameof(InterviewText.RetryBudgetUnder), 90, 10)]
    [InlineData("Instagram 70 and Telegram 40", nameof(InterviewText.RetryBudgetOver), 110, 10)]
    [InlineData("Instagram 33.3, Telegram 33.3, YouTube 33.3", nameof(InterviewText.RetryBudgetUnder), 99.9, 0.1)]
    public void TryParse_SharesNotAddingUpTo100_NameTheTotalAndTheRemainder(string text, string expected, decimal total, decimal remainder)
    {
        var ok = BudgetLines.TryParse(text, out _, out var problem);

        Assert.False(ok);
        Assert.Equal(Enum.Parse<InterviewText>(expected), problem!.Key);
        Assert.Equal([new PercentValue(total), new PercentValue(remainder)], problem.Args);
    }

    [Theory]
    [InlineData("Instagram paid", nameof(InterviewText.RetryBudgetNoPercent))]
    [InlineData("Instagram 50 20", nameof(InterviewText.RetryBudgetNoPercent))]
    [InlineData("Myspace 100", nameof(InterviewText.RetryBudgetNoPlatform))]
    [InlineData("Instagram Telegram 100", nameof(InterviewText.RetryBudgetTwoPlatforms))]
    [InlineData("Instagram 50, insta 50", nameof(InterviewText.RetryBudgetDuplicate))]
    [InlineData("Instagram 150", nameof(InterviewText.RetryBudgetRange))]
    public void TryParse_BrokenLines_SayWhichLineAndWhy(string text, string expected)
    {
        var ok = BudgetLines.TryParse(text, out _, out var problem);

        Assert.False(ok);
        Assert.Equal(Enum.Parse<InterviewText>(expected), problem!.Key);
    }

    [Fact]
    public void Format_WritesLinesTheParserReadsBack()
    {
        var lines = BudgetLines.Parse("Instagram paid 60, X organic 40");

        var ok = BudgetLines.TryParse(BudgetLines.Format(lines), out var again, out _);

        Assert.True(ok);
        Assert.Equal(lines.Select(l => (l.Platform, l.Strategy, l.Percent)), again.Select(l => (l.Platform, l.Strategy, l.Percent)));
    }
}
