using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Localization;

public sealed class KpiNamesTests
{
    [Theory]
    [InlineData("engagementRateByReach", Language.English, "Engagement rate by reach")]
    [InlineData("engagement_rate_reach", Language.Persian, "نرخ تعامل بر اساس دسترسی")]
    [InlineData("CTR", Language.Persian, "نرخ کلیک (CTR)")]
    [InlineData("roas", Language.English, "Return on ad spend (ROAS)")]
    public void Name_KnownIdInAnySpelling_Localised(string id, Language language, string expected)
    {
        var name = KpiNames.Name(language, id);

        Assert.Equal(expected, name);
    }

    [Fact]
    public void Name_UnknownId_ShownAsGiven()
    {
        var name = KpiNames.Name(Language.Persian, "saves");

        Assert.Equal("saves", name);
    }

    [Theory]
    [InlineData("ctr", true, false)]
    [InlineData("engagementRateByFollowers", true, false)]
    [InlineData("cpm", false, true)]
    [InlineData("reach", false, false)]
    public void IsPercentageAndIsMoney_Id_Classified(string id, bool percentage, bool money)
    {
        var isPercentage = KpiNames.IsPercentage(id);
        var isMoney = KpiNames.IsMoney(id);

        Assert.Equal(percentage, isPercentage);
        Assert.Equal(money, isMoney);
    }
}
