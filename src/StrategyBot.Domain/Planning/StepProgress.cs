namespace StrategyBot.Domain.Planning;

/// <summary>How far one SOSTAC step is, and what it still needs.</summary>
public sealed class StepProgress
{
    public required SostacStep Step { get; init; }

    public required StepState State { get; init; }

    public required IReadOnlyList<PlanGap> Missing { get; init; }
}
