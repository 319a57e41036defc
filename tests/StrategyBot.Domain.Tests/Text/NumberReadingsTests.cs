using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Tests.Text;

public sealed class NumberReadingsTests
{
    [Theory]
    [InlineData("12.000", 12000, 12)]
    [InlineData("1.500", 1500, 1.5)]
    [InlineData("۱۲.۵۰۰", 12500, 12.5)]
    [InlineData("about 12.000 followers", 12000, 12)]
    [InlineData("1,5", 1.5, 15)]
    [InlineData("12,50", 12.5, 1250)]
    [InlineData("۱,۵", 1.5, 15)]
    [InlineData("+1,5%", 1.5, 15)]
    [InlineData("۱,۵ میلیارد", 1.5, 15)]
    public void Of_NumberWithTwoReadings_ReturnsBoth(string input, double first, double second)
    {
        var readings = NumberReadings.Of(input);

        Assert.NotNull(readings);
        Assert.Equal(((decimal)first, (decimal)second), (readings.Value.First, readings.Value.Second));
    }

    [Theory]
    [InlineData("12,000")]
    [InlineData("۱۲٬۰۰۰")]
    [InlineData("1.5")]
    [InlineData("12.5")]
    [InlineData("12.5k")]
    [InlineData("1.500m")]
    [InlineData("90 million")]
    [InlineData("5-10k")]
    [InlineData("12000")]
    [InlineData("1,234,567")]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("12.000 or 1,5")]
    [InlineData("12.500.000")]
    public void Of_NumberWithOneReadingOrNone_ReturnsNull(string input)
    {
        Assert.Null(NumberReadings.Of(input));
    }

    [Theory]
    [InlineData("about 12.000 followers", "12.000")]
    [InlineData("+1,5%", "1,5")]
    [InlineData("۱۲.۵۰۰ تومان", "۱۲.۵۰۰")]
    public void Of_AmbiguousNumber_PointsAtItInTheText(string input, string number)
    {
        var readings = NumberReadings.Of(input)!.Value;

        Assert.Equal(number, input.Substring(readings.Index, readings.Length));
    }
}
