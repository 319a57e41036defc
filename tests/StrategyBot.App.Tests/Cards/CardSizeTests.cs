using System.Text.Json.Nodes;
using StrategyBot.App.Cards;

namespace StrategyBot.App.Tests.Cards;

public sealed class CardSizeTests
{
    [Fact]
    public void Measure_AsciiCard_IsCompactJsonLength()
    {
        var card = new JsonObject { ["a"] = "bc" };

        var size = CardSize.Measure(card);

        Assert.Equal("""{"a":"bc"}""".Length, size);
    }

    [Fact]
    public void Measure_PersianText_CountsEscapedFormAsSent()
    {
        var card = new JsonObject { ["a"] = "سلام" };

        var size = CardSize.Measure(card);

        Assert.Equal("""{"a":""}""".Length + (4 * 6), size);
    }

    [Fact]
    public void EnsureFits_OverLimit_ThrowsWithSizes()
    {
        var card = new JsonObject { ["a"] = new string('x', 100) };

        var exception = Assert.Throws<InvalidOperationException>(() => CardSize.EnsureFits(card, 50, "test"));

        Assert.Contains("limit is 50", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fits_UnderLimit_True()
    {
        var card = new JsonObject { ["a"] = "b" };

        var fits = CardSize.Fits(card, CardSize.PlanSummaryLimit);

        Assert.True(fits);
    }
}
