using System.Text.Json;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Cards;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class WeeklyNumbersJsonTests
{
    [Fact]
    public void Deserialize_RecordFromBeforePlatforms_StillReads()
    {
        var old = JsonSerializer.Deserialize("""{"reach":12000,"followers":9000}""", CheckInJsonContext.Default.WeeklyNumbers)!;

        Assert.Equal(12_000m, old.Reach);
        Assert.Null(old.Platforms);
        Assert.Equal(9_000m, old.On(Platform.Instagram).Followers);
    }

    [Fact]
    public void RoundTrip_PerPlatformNumbers_KeepTheirPlatforms()
    {
        var numbers = new WeeklyNumbers { Conversions = 18 }.With(new PlatformInput(WeeklyInput.Followers, Platform.Telegram), 1_600);

        var json = JsonSerializer.Serialize(numbers, CheckInJsonContext.Default.WeeklyNumbers);
        var back = JsonSerializer.Deserialize(json, CheckInJsonContext.Default.WeeklyNumbers)!;

        Assert.Contains("\"Telegram\"", json, StringComparison.Ordinal);
        Assert.Equal(1_600m, back.Get(new PlatformInput(WeeklyInput.Followers, Platform.Telegram)));
        Assert.Equal(18m, back.Conversions);
    }

    [Theory]
    [InlineData(360, 8)]
    [InlineData(200, 8)]
    [InlineData(160, 8)]
    [InlineData(160, 2)]
    public void LabelledWeeks_AnyWidth_LabelsFitSideBySideAndTheLatestIsNamed(int width, int weeks)
    {
        var labels = Enumerable.Range(0, weeks).Select(i => $"{12 + i} Oct").ToList();

        var shown = TrendChart.LabelledWeeks(labels, width);

        Assert.Contains(weeks - 1, shown);
        var slot = (width - 44.0) / weeks;
        var gaps = shown.Zip(shown.Skip(1), (a, b) => (b - a) * slot);
        Assert.All(gaps, gap => Assert.True(gap >= TrendChart.LabelWidth(labels[0]), $"{gap} px between labels at {width} px"));
    }
}
