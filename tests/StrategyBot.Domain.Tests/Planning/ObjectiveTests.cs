using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class ObjectiveTests
{
    [Fact]
    public void KeptAnywayWithout_SameCriterionTwice_RecordedOnce()
    {
        var objective = new Objective { Id = "objective-1" };

        var kept = objective.KeptAnywayWithout(SmartCriterion.Attainable).KeptAnywayWithout(SmartCriterion.Attainable);

        Assert.Equal([SmartCriterion.Attainable], kept.KeptWithout);
        Assert.Empty(objective.KeptWithout);
    }

    [Fact]
    public void Reassessed_KeptCriterionNowPasses_ExceptionDropped()
    {
        var objective = new Objective { Id = "objective-1" }.KeptAnywayWithout(SmartCriterion.Attainable).KeptAnywayWithout(SmartCriterion.Relevant);
        var assessment = new SmartAssessment { Specific = true, Measurable = true, Attainable = true, Relevant = false, TimeBound = true };

        var reassessed = objective.Reassessed(assessment);

        Assert.Equal([SmartCriterion.Relevant], reassessed.KeptWithout);
        Assert.Same(assessment, reassessed.Smart);
    }
}
