using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Tests.Text;

public sealed class DigitsTests
{
    [Theory]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۱۲٬۰۰۰", "12,000")]
    [InlineData("۱٫۵", "1.5")]
    [InlineData("٪۲۰", "%20")]
    [InlineData("۲۰٪", "20%")]
    [InlineData("reach ۱۲۰۰۰ clicks 340", "reach 12000 clicks 340")]
    [InlineData("plain ASCII 42", "plain ASCII 42")]
    public void Normalize_MixedDigits_ReturnsAscii(string input, string expected)
    {
        var result = Digits.Normalize(input);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Normalize_AnyInput_KeepsLength()
    {
        const string input = "تا ۳۱ خرداد ۱۴۰۶ به ۲۰٪ و ۱۲٬۵۰۰٫۷۵";

        var result = Digits.Normalize(input);

        Assert.Equal(input.Length, result.Length);
    }

    [Theory]
    [InlineData("12,000", "۱۲٬۰۰۰")]
    [InlineData("1.5", "۱٫۵")]
    [InlineData("20%", "۲۰٪")]
    [InlineData("Week 48.", "Week ۴۸.")]
    [InlineData("a, b", "a, b")]
    public void ToPersian_AsciiNumbers_ReturnsPersianDigitsAndSeparators(string input, string expected)
    {
        var result = Digits.ToPersian(input);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("0123456789")]
    [InlineData("12,345.67")]
    [InlineData("85%")]
    public void ToPersianThenNormalize_AsciiText_RoundTrips(string input)
    {
        var result = Digits.Normalize(Digits.ToPersian(input));

        Assert.Equal(input, result);
    }

    [Theory]
    [InlineData("۱۲", true)]
    [InlineData("١٢", true)]
    [InlineData("12", false)]
    public void HasNonAsciiDigits_Input_DetectsPersianOrArabicDigits(string input, bool expected)
    {
        Assert.Equal(expected, Digits.HasNonAsciiDigits(input));
    }
}
