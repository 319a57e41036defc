using StrategyBot.App.Interview;

namespace StrategyBot.App.Tests.Interview;

public sealed class ContentPaidSplitTests
{
    [Theory]
    [InlineData("70/30", 70, 30)]
    [InlineData("۷۰/۳۰", 70, 30)]
    [InlineData("70% content, 30% paid", 70, 30)]
    [InlineData("30 paid 70 organic", 70, 30)]
    [InlineData("content 80, ads 20", 80, 20)]
    [InlineData("ads 20, content 80", 80, 20)]
    [InlineData("٪۶۰ محتوا و ٪۴۰ تبلیغات", 60, 40)]
    [InlineData("80", 80, 20)]
    [InlineData("20% paid", 80, 20)]
    [InlineData("100/0", 100, 0)]
    public void TryParse_SplitsAsTyped_GiveContentAndPaid(string text, int content, int paid)
    {
        var ok = ContentPaidSplit.TryParse(text, out var split, out _);

        Assert.True(ok);
        Assert.Equal((content, paid), ((int)split.Content, (int)split.Paid));
    }

    [Fact]
    public void TryParse_PartsNotAddingUpTo100_SaysTheTotalAndAFix()
    {
        var ok = ContentPaidSplit.TryParse("70/40", out _, out var problem);

        Assert.False(ok);
        Assert.Equal(InterviewText.RetrySplitTotal, problem!.Key);
        Assert.Equal([new PercentValue(70), new PercentValue(40), new PercentValue(110), 70m, 30m], problem.Args);
    }

    [Theory]
    [InlineData("mostly content", nameof(InterviewText.RetrySplitMissing))]
    [InlineData("50/30/20", nameof(InterviewText.RetrySplitMissing))]
    [InlineData("150", nameof(InterviewText.RetrySplitRange))]
    public void TryParse_UnusableAnswers_SayWhatIsWrong(string text, string expected)
    {
        var ok = ContentPaidSplit.TryParse(text, out _, out var problem);

        Assert.False(ok);
        Assert.Equal(Enum.Parse<InterviewText>(expected), problem!.Key);
    }
}
