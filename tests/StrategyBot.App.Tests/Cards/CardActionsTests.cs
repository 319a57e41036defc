using StrategyBot.App.Cards;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Cards;

public sealed class CardActionsTests
{
    [Fact]
    public void StepName_EveryStep_RoundTripsThroughTryParseStep()
    {
        var steps = Enum.GetValues<SostacStep>();

        var parsed = steps.Select(step => CardActions.TryParseStep(CardActions.StepName(step), out var back) ? back : (SostacStep?)null);

        Assert.Equal(steps.Cast<SostacStep?>(), parsed);
    }

    [Theory]
    [InlineData(" Objectives ", SostacStep.Objectives)]
    [InlineData("CONTROL", SostacStep.Control)]
    public void TryParseStep_CaseAndSpaces_Accepted(string name, SostacStep expected)
    {
        var parsed = CardActions.TryParseStep(name, out var step);

        Assert.True(parsed);
        Assert.Equal(expected, step);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("budget")]
    [InlineData("3")]
    public void TryParseStep_AnythingElse_Rejected(string? name)
    {
        var parsed = CardActions.TryParseStep(name, out _);

        Assert.False(parsed);
    }
}
