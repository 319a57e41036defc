using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("دنبال‌کننده", "دنبال کننده")]
    [InlineData("كيك", "کیک")]
    [InlineData("Reach ۲۰٪", "reach 20%")]
    public void ForMatching_Input_FoldsForKeywordMatching(string input, string expected)
    {
        var result = TextNormalizer.ForMatching(input);

        Assert.Equal(expected, result);
        Assert.Equal(input.Length, result.Length);
    }

    [Theory]
    [InlineData("هدف: رشد", true)]
    [InlineData("goal: grow", false)]
    public void ContainsPersian_Input_DetectsArabicScript(string input, bool expected)
    {
        Assert.Equal(expected, TextNormalizer.ContainsPersian(input));
    }
}
