using StrategyBot.App.Cards;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class TrendChartTests
{
    private static readonly string[] Labels = ["1 Mar", "8 Mar", "15 Mar", "22 Mar", "29 Mar", "5 Apr", "12 Apr", "19 Apr"];

    [Fact]
    public void RenderPng_WithGaps_IsASmallPngOfTheRequestedSize()
    {
        decimal?[] actual = [5_000, 5_200, null, 5_600, null, 6_000, 6_300, 6_500];
        decimal?[] target = [5_000, 5_400, 5_800, 6_200, 6_600, 7_000, 7_400, 7_800];

        var png = TrendChart.RenderPng(Labels, actual, target, Language.English);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(TrendChart.DefaultWidth, ReadInt(png, 16));
        Assert.Equal(TrendChart.DefaultHeight, ReadInt(png, 20));
        Assert.InRange(png.Length, 1_000, 12_000);
    }

    [Fact]
    public void RenderPng_PersianWithoutAnyValues_StillRenders()
    {
        var labels = Labels.Select((_, i) => PersianDigits.ToPersian($"12/{i + 10}")).ToList();
        decimal?[] none = [null, null, null, null, null, null, null, null];

        var png = TrendChart.RenderPng(labels, none, none, Language.Persian, 300, 150);

        Assert.Equal(300, ReadInt(png, 16));
        Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", TrendChart.ToDataUri(png), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPng_LabelsAndValuesDisagree_Throws()
    {
        Assert.Throws<ArgumentException>(() => TrendChart.RenderPng(Labels, [1m], [1m], Language.English));
    }

    private static int ReadInt(byte[] png, int offset) => (png[offset] << 24) | (png[offset + 1] << 16) | (png[offset + 2] << 8) | png[offset + 3];
}
