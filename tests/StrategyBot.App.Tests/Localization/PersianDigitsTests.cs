using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Localization;

public sealed class PersianDigitsTests
{
    [Fact]
    public void ToPersian_LatinDigits_BecomePersian()
    {
        var text = PersianDigits.ToPersian("Q2 2027: 10k");

        Assert.Equal("Q۲ ۲۰۲۷: ۱۰k", text);
    }

    [Theory]
    [InlineData("۱۲٫۵", "12.5")]
    [InlineData("٣٤", "34")]
    [InlineData("۱۰٬۰۰۰", "10,000")]
    [InlineData("٪۲۰", "%20")]
    [InlineData("reach 12000", "reach 12000")]
    public void ToLatin_PersianOrArabicIndic_BecomesInvariant(string input, string expected)
    {
        var text = PersianDigits.ToLatin(input);

        Assert.Equal(expected, text);
    }
}
