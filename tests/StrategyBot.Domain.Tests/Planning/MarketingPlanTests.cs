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

    [Fact]
    public void WithObjective_SameId_ReplacesItInPlaceAndLeavesTheOriginalPlanAsItWas()
    {
        var plan = new MarketingPlan { Objectives = [new Objective { Id = "o1", Text = "old" }, new Objective { Id = "o2", Text = "two" }] };

        var changed = plan.WithObjective(new Objective { Id = "o1", Text = "new" });

        Assert.Equal(["new", "two"], changed.Objectives.Select(o => o.Text));
        Assert.Equal(["old", "two"], plan.Objectives.Select(o => o.Text));
    }

    [Fact]
    public void WithObjective_NewId_AddsItLast()
    {
        var plan = new MarketingPlan { Objectives = [new Objective { Id = "o1" }] };

        Assert.Equal(["o1", "o2"], plan.WithObjective(new Objective { Id = "o2" }).Objectives.Select(o => o.Id));
    }

    [Fact]
    public void WithoutObjective_Id_RemovesItAndOnlyItsKpiTargets()
    {
        var plan = new MarketingPlan
        {
            Objectives = [new Objective { Id = "o1" }, new Objective { Id = "o2" }],
            Control = new Control { KpiTargets = [new KpiTarget { ObjectiveId = "o1", KpiId = "reach" }, new KpiTarget { ObjectiveId = "o2", KpiId = "clicks" }] },
        };

        var changed = plan.WithoutObjective("o1");

        Assert.Equal(["o2"], changed.Objectives.Select(o => o.Id));
        Assert.Equal(["clicks"], changed.Control.KpiTargets.Select(k => k.KpiId));
        Assert.Equal(2, plan.Objectives.Count);
    }

    [Fact]
    public void WithKpiTarget_SameObjectiveAndKpi_ReplacesIt()
    {
        var control = new Control { KpiTargets = [new KpiTarget { ObjectiveId = "o1", KpiId = "reach", Target = 1 }] };

        var replaced = control.WithKpiTarget(new KpiTarget { ObjectiveId = "o1", KpiId = "reach", Target = 2 });
        var added = control.WithKpiTarget(new KpiTarget { ObjectiveId = "o1", KpiId = "clicks", Target = 3 });

        Assert.Equal([2m], replaced.KpiTargets.Select(k => k.Target));
        Assert.Equal([1m, 3m], added.KpiTargets.Select(k => k.Target));
    }
}
