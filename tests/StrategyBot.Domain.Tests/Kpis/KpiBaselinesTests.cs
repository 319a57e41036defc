using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Kpis;

public sealed class KpiBaselinesTests
{
    private static readonly Situation Situation = new()
    {
        Presence =
        [
            new PlatformPresence { Platform = Platform.Instagram, Followers = 8_500, WeeklyReach = 21_000 },
            new PlatformPresence { Platform = Platform.Telegram, Followers = 1_200 },
        ],
    };

    [Theory]
    [InlineData(KpiIds.Followers, Platform.Instagram, 8_500)]
    [InlineData(KpiIds.Followers, Platform.Telegram, 1_200)]
    [InlineData(KpiIds.Reach, Platform.Instagram, 21_000)]
    [InlineData(KpiIds.Followers, null, 9_700)]
    public void FromSituation_NumberGivenInSituation_IsTheBaseline(string kpiId, Platform? platform, int expected)
    {
        Assert.Equal(expected, KpiBaselines.FromSituation(Situation, kpiId, platform));
    }

    [Theory]
    [InlineData(KpiIds.Reach, Platform.Telegram)]
    [InlineData(KpiIds.Reach, null)]
    [InlineData(KpiIds.Followers, Platform.Facebook)]
    [InlineData(KpiIds.Ctr, Platform.Instagram)]
    public void FromSituation_NoNumberForIt_IsNull(string kpiId, Platform? platform)
    {
        Assert.Null(KpiBaselines.FromSituation(Situation, kpiId, platform));
    }
}
