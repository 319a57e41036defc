using System.Text.Json;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class MarketingPlanTests
{
    [Fact]
    public void Serialize_CompletePlan_RoundTripsThroughSystemTextJson()
    {
        var plan = SamplePlans.Complete();
        var smart = new SmartAssessment
        {
            Specific = true,
            Measurable = true,
            Findings = [new SmartFinding { Code = SmartFindingCode.ResourcesMissing, SuggestedPlatforms = [Platform.TikTok] }],
        };
        plan = plan with { Objectives = [plan.Objectives[0] with { Smart = smart }, .. plan.Objectives.Skip(1)] };

        var json = JsonSerializer.Serialize(plan);
        var copy = JsonSerializer.Deserialize<MarketingPlan>(json);

        Assert.NotNull(copy);
        Assert.Equal(json, JsonSerializer.Serialize(copy));
        Assert.Equal(12000m, copy.Objectives[0].Baseline);
        Assert.Equal(new DateOnly(2027, 3, 31), copy.Control.KpiTargets[0].Deadline);
        Assert.Equal(new TimeOnly(9, 0), copy.Control.CheckInTime);
        Assert.Equal([Platform.Instagram, Platform.TikTok], copy.Situation.Personas[0].Platforms);
        Assert.Equal(SmartFindingCode.ResourcesMissing, copy.Objectives[0].Smart!.Findings[0].Code);
    }

    [Fact]
    public void FindObjective_KnownAndUnknownId_ReturnsObjectiveOrNull()
    {
        var plan = SamplePlans.Complete();

        var found = plan.FindObjective("o1");
        var missing = plan.FindObjective("nope");

        Assert.Same(plan.Objectives[0], found);
        Assert.Null(missing);
    }

    [Fact]
    public void PresenceOn_PlatformWithAndWithoutPresence_ReturnsEntryOrNull()
    {
        var situation = SamplePlans.Complete().Situation;

        var instagram = situation.PresenceOn(Platform.Instagram);
        var tiktok = situation.PresenceOn(Platform.TikTok);

        Assert.Equal(5000, instagram?.Followers);
        Assert.Null(tiktok);
    }

    [Theory]
    [InlineData(70, 30, true)]
    [InlineData(70.005, 30, true)]
    [InlineData(70, 20, false)]
    [InlineData(120, -20, false)]
    public void IsSplitValid_ContentAndPaid_ChecksTotalAndRange(double content, double paid, bool expected)
    {
        var strategy = new Strategy { ContentPercent = (decimal)content, PaidPercent = (decimal)paid };

        var valid = strategy.IsSplitValid();

        Assert.Equal(expected, valid);
    }
}
