using StrategyBot.App.Interview;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Interview;

public sealed class CurrencyAnswerTests
{
    [Theory]
    [InlineData("IRT", "IRT")]
    [InlineData("toman", "IRT")]
    [InlineData("تومان", "IRT")]
    [InlineData("تومن", "IRT")]
    [InlineData("ریال", "IRR")]
    [InlineData("۳", "USD")]
    [InlineData("$", "USD")]
    [InlineData("Euro", "EUR")]
    [InlineData("Toman (IRT)", "IRT")]
    [InlineData("gbp", "GBP")]
    public void TryParse_NamesCodesOrNumbers_GiveTheCode(string text, string expected)
    {
        var ok = CurrencyAnswer.TryParse(text, out var code);

        Assert.True(ok);
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("money")]
    [InlineData("9")]
    [InlineData("")]
    public void TryParse_NotACurrency_IsRefused(string text)
    {
        var ok = CurrencyAnswer.TryParse(text, out _);

        Assert.False(ok);
    }

    [Fact]
    public void Choices_InPersian_UsePersianNamesAndCodesAsValues()
    {
        var choices = CurrencyAnswer.Choices(Language.Persian);

        Assert.Equal(("تومان", "IRT"), (choices[0].Title, choices[0].Value));
        Assert.Equal(CurrencyAnswer.Offered, choices.Select(c => c.Value));
    }
}
