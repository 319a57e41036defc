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
    [InlineData("five")]
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
}
