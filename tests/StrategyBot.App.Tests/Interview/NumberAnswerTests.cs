using StrategyBot.App.Interview;

namespace StrategyBot.App.Tests.Interview;

public sealed class NumberAnswerTests
{
    [Theory]
    [InlineData("90 million toman", 90_000_000)]
    [InlineData("۹۰ میلیون تومان", 90_000_000)]
    [InlineData("1.2m", 1_200_000)]
    [InlineData("two thousand", 2_000)]
    [InlineData("سه هزار", 3_000)]
    [InlineData("$1,200", 1_200)]
    [InlineData("about 1200 followers", 1_200)]
    [InlineData("our budget is 90 million toman", 90_000_000)]
    [InlineData("three", 3)]
    [InlineData("20%", 20)]
    [InlineData("-5", -5)]
    public void TryRead_NumberAsPeopleWriteIt_ReadsIt(string input, double expected)
    {
        var read = NumberAnswer.TryRead(input, out var value);

        Assert.True(read);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("12.000")]
    [InlineData("5-10k")]
    [InlineData("between 50 and 80")]
    [InlineData("1,5")]
    [InlineData("2027-03-31")]
    [InlineData("double")]
    [InlineData("lots")]
    public void TryRead_AmbiguousOrNotOneNumber_IsNotGuessed(string input)
    {
        var read = NumberAnswer.TryRead(input, out _);

        Assert.False(read);
    }

    [Fact]
    public void TryRead_FiftyDigits_IsNotANumberAndDoesNotThrow()
    {
        Assert.False(NumberAnswer.TryRead(new string('9', 50), out _));
    }
}
