using StrategyBot.App.Interview;

namespace StrategyBot.App.Tests.Interview;

public sealed class PostingFrequencyTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("3 a week", 3)]
    [InlineData("۴", 4)]
    [InlineData("daily", 7)]
    [InlineData("every day", 7)]
    [InlineData("2 a day", 14)]
    [InlineData("twice a day", 14)]
    [InlineData("every other day", 3.5)]
    [InlineData("10 a month", 2.3)]
    [InlineData("روزانه", 7)]
    [InlineData("روزی ۲ تا", 14)]
    [InlineData("هفته‌ای ۳", 3)]
    [InlineData("ماهی ۱۰", 2.3)]
    public void TryParse_FrequenciesAsTyped_GivePostsPerWeek(string text, decimal expected)
    {
        var ok = PostingFrequency.TryParse(text, out var perWeek, out _);

        Assert.True(ok);
        Assert.Equal(expected, perWeek);
    }

    [Theory]
    [InlineData("lots", nameof(InterviewText.RetryFrequency))]
    [InlineData("0", nameof(InterviewText.RetryFrequencyRange))]
    [InlineData("500", nameof(InterviewText.RetryFrequencyRange))]
    public void TryParse_UnusableAnswers_SayWhatIsWrong(string text, string expected)
    {
        var ok = PostingFrequency.TryParse(text, out _, out var problem);

        Assert.False(ok);
        Assert.Equal(Enum.Parse<InterviewText>(expected), problem!.Key);
    }
}
