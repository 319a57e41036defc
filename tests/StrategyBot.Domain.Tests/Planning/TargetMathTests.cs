using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class TargetMathTests
{
    [Theory]
    [InlineData(5000, 20, TargetUnit.Percent, TargetChange.Increase, 6000)]
    [InlineData(5000, 100, TargetUnit.Percent, TargetChange.Increase, 10000)]
    [InlineData(5000, 2000, TargetUnit.Absolute, TargetChange.Increase, 7000)]
    [InlineData(5000, 8000, TargetUnit.Absolute, TargetChange.Level, 8000)]
    [InlineData(1.2, 25, TargetUnit.Percent, TargetChange.Decrease, 0.9)]
    public void Resolve_KnownBaseline_ReturnsLevel(double baseline, double target, TargetUnit unit, TargetChange change, double expected)
    {
        var level = TargetMath.Resolve((decimal)baseline, (decimal)target, unit, change);

        Assert.Equal((decimal)expected, level);
    }

    [Fact]
    public void Resolve_RelativeWithoutBaseline_ReturnsNull()
    {
        var level = TargetMath.Resolve(null, 20m, TargetUnit.Percent, TargetChange.Increase);

        Assert.Null(level);
    }

    [Fact]
    public void Resolve_LevelWithoutBaseline_ReturnsTarget()
    {
        var level = TargetMath.Resolve(null, 10000m, TargetUnit.Absolute, TargetChange.Level);

        Assert.Equal(10000m, level);
    }

    [Fact]
    public void ResolvedTarget_ObjectiveWithPercentGrowth_UsesItsBaseline()
    {
        var objective = new Objective { Baseline = 12000m, Target = 20m, Unit = TargetUnit.Percent, Change = TargetChange.Increase };

        var level = objective.ResolvedTarget();

        Assert.Equal(14400m, level);
    }
}
