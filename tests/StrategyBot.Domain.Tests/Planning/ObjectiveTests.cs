using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class ObjectiveTests
{
    [Fact]
    public void KeepWithout_SameCriterionTwice_RecordedOnce()
    {
        var objective = new Objective { Id = "objective-1" };

        objective.KeepWithout(SmartCriterion.Attainable);
        objective.KeepWithout(SmartCriterion.Attainable);

        Assert.Equal([SmartCriterion.Attainable], objective.KeptWithout);
    }

    [Fact]
    public void Reassess_KeptCriterionNowPasses_ExceptionDropped()
    {
        var objective = new Objective { Id = "objective-1" };
        objective.KeepWithout(SmartCriterion.Attainable);
        objective.KeepWithout(SmartCriterion.Relevant);
        var assessment = new SmartAssessment { Specific = true, Measurable = true, Attainable = true, Relevant = false, TimeBound = true };

        objective.Reassess(assessment);

        Assert.Equal([SmartCriterion.Relevant], objective.KeptWithout);
        Assert.Same(assessment, objective.Smart);
    }
}
