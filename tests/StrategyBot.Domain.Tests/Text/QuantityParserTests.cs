using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Tests.Text;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("20%", 20, QuantityKind.Percent)]
    [InlineData("٪۲۰", 20, QuantityKind.Percent)]
    [InlineData("۲۰٪", 20, QuantityKind.Percent)]
    [InlineData("% 12.5", 12.5, QuantityKind.Percent)]
    [InlineData("20 percent", 20, QuantityKind.Percent)]
    [InlineData("20 per cent", 20, QuantityKind.Percent)]
    [InlineData("۲۰ درصد", 20, QuantityKind.Percent)]
    [InlineData("+15%", 15, QuantityKind.Percent)]
    [InlineData("10k", 10000, QuantityKind.Number)]
    [InlineData("10K", 10000, QuantityKind.Number)]
    [InlineData("1.5m", 1500000, QuantityKind.Number)]
    [InlineData("2 million", 2000000, QuantityKind.Number)]
    [InlineData("۱۰ هزار", 10000, QuantityKind.Number)]
    [InlineData("۱٫۵ میلیون", 1500000, QuantityKind.Number)]
    [InlineData("۴ هزار و ۵۰۰", 4500, QuantityKind.Number)]
    [InlineData("۲ میلیون و ۵۰۰ هزار", 2500000, QuantityKind.Number)]
    [InlineData("12,000", 12000, QuantityKind.Number)]
    [InlineData("۱۲٬۰۰۰", 12000, QuantityKind.Number)]
    [InlineData("1,234,567.5", 1234567.5, QuantityKind.Number)]
    [InlineData("340", 340, QuantityKind.Number)]
    [InlineData("0.75", 0.75, QuantityKind.Number)]
    [InlineData("double", 2, QuantityKind.Multiplier)]
    [InlineData("Triple", 3, QuantityKind.Multiplier)]
    [InlineData("twice", 2, QuantityKind.Multiplier)]
    [InlineData("دو برابر", 2, QuantityKind.Multiplier)]
    [InlineData("سه برابر", 3, QuantityKind.Multiplier)]
    [InlineData("سه‌برابر", 3, QuantityKind.Multiplier)]
    [InlineData("۲ برابر", 2, QuantityKind.Multiplier)]
    [InlineData("x2", 2, QuantityKind.Multiplier)]
    [InlineData("3x", 3, QuantityKind.Multiplier)]
    [InlineData("90 million", 90000000, QuantityKind.Number)]
    [InlineData("90m", 90000000, QuantityKind.Number)]
    [InlineData("1.2m", 1200000, QuantityKind.Number)]
    [InlineData("2 billion", 2000000000, QuantityKind.Number)]
    [InlineData("2bn", 2000000000, QuantityKind.Number)]
    [InlineData("۹۰ میلیون", 90000000, QuantityKind.Number)]
    [InlineData("۱٫۵ میلیارد", 1500000000, QuantityKind.Number)]
    [InlineData("یک میلیون", 1000000, QuantityKind.Number)]
    [InlineData("نیم میلیون", 500000, QuantityKind.Number)]
    [InlineData("یک و نیم میلیون", 1500000, QuantityKind.Number)]
    [InlineData("سه هزار", 3000, QuantityKind.Number)]
    [InlineData("صد و پنجاه", 150, QuantityKind.Number)]
    [InlineData("دو هزار و پانصد", 2500, QuantityKind.Number)]
    [InlineData("بیست درصد", 20, QuantityKind.Percent)]
    [InlineData("five", 5, QuantityKind.Number)]
    [InlineData("two thousand", 2000, QuantityKind.Number)]
    [InlineData("two thousand five hundred", 2500, QuantityKind.Number)]
    [InlineData("one hundred and twenty", 120, QuantityKind.Number)]
    [InlineData("twenty-five", 25, QuantityKind.Number)]
    [InlineData("a million", 1000000, QuantityKind.Number)]
    [InlineData("half a million", 500000, QuantityKind.Number)]
    [InlineData("one and a half million", 1500000, QuantityKind.Number)]
    [InlineData("fifteen percent", 15, QuantityKind.Percent)]
    [InlineData("Seventeen", 17, QuantityKind.Number)]
    [InlineData("۱۲،۰۰۰", 12000, QuantityKind.Number)]
    public void TryParse_SupportedForms_ReturnsValueAndKind(string input, double value, QuantityKind kind)
    {
        var ok = QuantityParser.TryParse(input, out var quantity);

        Assert.True(ok);
        Assert.Equal((decimal)value, quantity.Value);
        Assert.Equal(kind, quantity.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("20 apples")]
    [InlineData("five apples")]
    [InlineData("one and a half")]
    [InlineData("12,00")]
    [InlineData(null)]
    public void TryParse_NotASingleQuantity_ReturnsFalse(string? input)
    {
        var ok = QuantityParser.TryParse(input, out _);

        Assert.False(ok);
    }

    [Fact]
    public void FindAll_CheckInReply_ReturnsEveryNumberWithPosition()
    {
        const string text = "reach ۱۲۰۰۰ clicks 340 spend 150";

        var found = QuantityParser.FindAll(text);

        Assert.Equal([12000m, 340m, 150m], found.Select(q => q.Quantity.Value));
        Assert.Equal("۱۲۰۰۰", text.Substring(found[0].Index, found[0].Length));
    }

    [Fact]
    public void FindAll_ObjectiveText_SeparatesPercentAndNumbers()
    {
        var found = QuantityParser.FindAll("grow reach from 10k to 12,000 then 20% more, or double");

        Assert.Equal(
            [new Quantity(10000m, QuantityKind.Number), new Quantity(12000m, QuantityKind.Number), new Quantity(20m, QuantityKind.Percent), new Quantity(2m, QuantityKind.Multiplier)],
            found.Select(q => q.Quantity));
    }

    [Theory]
    [InlineData("Q2")]
    [InlineData("2026-W48 box")]
    [InlineData("in 5 months")]
    public void FindAll_LettersGluedToDigits_DoNotBecomeScalesOrMultipliers(string text)
    {
        var found = QuantityParser.FindAll(text);

        Assert.All(found, q => Assert.Equal(QuantityKind.Number, q.Quantity.Kind));
        Assert.DoesNotContain(found, q => q.Quantity.Value >= 1000m && q.Quantity.Value != 2026m);
    }

    [Theory]
    [InlineData("90 million toman", 90000000, "IRT")]
    [InlineData("۹۰ میلیون تومان", 90000000, "IRT")]
    [InlineData("۵۰۰ هزار تومن", 500000, "IRT")]
    [InlineData("$1,200", 1200, "USD")]
    [InlineData("€ 300", 300, "EUR")]
    [InlineData("2,000,000 rials", 2000000, "IRR")]
    [InlineData("USD 450", 450, "USD")]
    [InlineData("1.5k dollars", 1500, "USD")]
    [InlineData("۲۰ میلیون ریال", 20000000, "IRR")]
    public void TryParse_AmountWithCurrency_ReadsValueAndCurrency(string input, double value, string currency)
    {
        var ok = QuantityParser.TryParse(input, out var quantity);

        Assert.True(ok);
        Assert.Equal((decimal)value, quantity.Value);
        Assert.Equal(currency, quantity.Currency);
    }

    [Theory]
    [InlineData("5-10k", 5000, 10000, QuantityKind.Number)]
    [InlineData("5–10k", 5000, 10000, QuantityKind.Number)]
    [InlineData("5 to 10k", 5000, 10000, QuantityKind.Number)]
    [InlineData("between 50 and 80", 50, 80, QuantityKind.Number)]
    [InlineData("بین ۵۰ تا ۸۰", 50, 80, QuantityKind.Number)]
    [InlineData("۵ تا ۱۰ هزار", 5000, 10000, QuantityKind.Number)]
    [InlineData("5-10%", 5, 10, QuantityKind.Percent)]
    [InlineData("500-10k", 500, 10000, QuantityKind.Number)]
    [InlineData("$5-10k", 5000, 10000, QuantityKind.Number)]
    public void TryParse_Range_ReadsBothEnds(string input, double low, double high, QuantityKind kind)
    {
        var ok = QuantityParser.TryParse(input, out var quantity);

        Assert.True(ok);
        Assert.Equal((decimal)low, quantity.Value);
        Assert.Equal((decimal)high, quantity.High);
        Assert.Equal(kind, quantity.Kind);
    }

    [Theory]
    [InlineData("10-5")]
    [InlineData("5-5")]
    [InlineData("double to triple")]
    public void TryParse_NotARange_ReturnsFalse(string input)
    {
        var ok = QuantityParser.TryParse(input, out _);

        Assert.False(ok);
    }

    [Theory]
    [InlineData("12.000", 12, 12000)]
    [InlineData("1.500", 1.5, 1500)]
    [InlineData("۱۲.۰۰۰", 12, 12000)]
    public void TryParse_DotGroupedThousands_OffersBothReadings(string input, double value, double alternative)
    {
        var ok = QuantityParser.TryParse(input, out var quantity);

        Assert.True(ok);
        Assert.Equal((decimal)value, quantity.Value);
        Assert.Equal((decimal)alternative, quantity.Alternative);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("1.5m")]
    [InlineData("12,000")]
    public void TryParse_UnambiguousDecimal_HasNoAlternative(string input)
    {
        var ok = QuantityParser.TryParse(input, out var quantity);

        Assert.True(ok);
        Assert.Null(quantity.Alternative);
    }

    [Fact]
    public void FindAll_SmallNumberWords_AreCountsNotQuantities()
    {
        var found = QuantityParser.FindAll("post three reels a week and two stories to reach two thousand followers");

        Assert.Equal([2000m], found.Select(q => q.Quantity.Value));
    }

    [Fact]
    public void FindAll_NumberWordsInPersian_ReadWithPositions()
    {
        const string text = "جذب صد و پنجاه لید تا آخر دی";

        var found = QuantityParser.FindAll(text);

        Assert.Equal([150m], found.Select(q => q.Quantity.Value));
        Assert.Equal("صد و پنجاه", text.Substring(found[0].Index, found[0].Length));
    }

    [Fact]
    public void FindAll_CurrencyBesideANumber_IsReadButNotPartOfTheMatch()
    {
        const string text = "budget of $500 and 90 million toman";

        var found = QuantityParser.FindAll(text);

        Assert.Equal(["USD", "IRT"], found.Select(q => q.Quantity.Currency));
        Assert.Equal("500", text.Substring(found[0].Index, found[0].Length));
    }

    [Fact]
    public void FindAll_DashOrBetween_MakesOneRange()
    {
        var found = QuantityParser.FindAll("generate between 50 and 80 leads, or 5–10k visits, by 2027-03-31");

        Assert.Equal((50m, (decimal?)80m), (found[0].Quantity.Value, found[0].Quantity.High));
        Assert.Equal((5000m, (decimal?)10000m), (found[1].Quantity.Value, found[1].Quantity.High));
        Assert.All(found.Skip(2), q => Assert.False(q.Quantity.IsRange));
    }

    [Fact]
    public void NumberWordPattern_HasEveryWordTheReaderKnows()
    {
        foreach (var word in new[] { "seventeen", "ninety", "hundred", "billion", "هیجده", "نهصد", "یکصد", "میلیارد", "صفر" })
        {
            Assert.True(NumberWordReader.TryRead(word, out _, out _), word);
            Assert.Matches("^" + NumberWordReader.Pattern + "$", word);
        }
    }

    [Theory]
    [InlineData("99999999999999999999999999999999999999")]
    [InlineData("99999999999999999999999999999 billion")]
    [InlineData("reach 1234567890123456789012345678901234567890 by March")]
    [InlineData("۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹ میلیارد")]
    public void NumberPastDecimalsRange_IsNoNumberRatherThanAnOverflow(string input)
    {
        Assert.False(QuantityParser.TryParse(input, out _));
        Assert.DoesNotContain(QuantityParser.FindAll(input), m => m.Quantity.Value > 1_000_000_000_000_000m);
    }
}
