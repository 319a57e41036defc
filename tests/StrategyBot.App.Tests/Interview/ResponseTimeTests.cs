using StrategyBot.App.Interview;

namespace StrategyBot.App.Tests.Interview;

public sealed class ResponseTimeTests
{
    [Theory]
    [InlineData("2", 2)]
    [InlineData("within 2 hours", 2)]
    [InlineData("2h", 2)]
    [InlineData("30 min", 0.5)]
    [InlineData("30m", 0.5)]
    [InlineData("half an hour", 0.5)]
    [InlineData("within a day", 24)]
    [InlineData("same day", 24)]
    [InlineData("1 week", 168)]
    [InlineData("۲ ساعت", 2)]
    [InlineData("ظرف ۳۰ دقیقه", 0.5)]
    [InlineData("نیم ساعت", 0.5)]
    [InlineData("یک روز", 24)]
    public void TryParse_TimesAsTyped_GiveHours(string text, decimal expected)
    {
        var ok = ResponseTime.TryParse(text, out var hours, out _);

        Assert.True(ok);
        Assert.Equal(expected, hours);
    }

    [Theory]
    [InlineData("fast", nameof(InterviewText.RetryHours))]
    [InlineData("2 or 3 hours", nameof(InterviewText.RetryHours))]
    [InlineData("0", nameof(InterviewText.RetryHoursRange))]
    [InlineData("45 days", nameof(InterviewText.RetryHoursRange))]
    public void TryParse_UnusableAnswers_SayWhatIsWrong(string text, string expected)
    {
        var ok = ResponseTime.TryParse(text, out _, out var problem);

        Assert.False(ok);
        Assert.Equal(Enum.Parse<InterviewText>(expected), problem!.Key);
    }
}
