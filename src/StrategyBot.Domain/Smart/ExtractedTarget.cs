using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>Target and baseline as read from the objective's numbers.</summary>
internal sealed class ExtractedTarget
{
    public decimal? Value { get; init; }

    public TargetUnit? Unit { get; init; }

    public TargetChange? Change { get; init; }

    public decimal? Baseline { get; init; }

    public static ExtractedTarget None { get; } = new();
}
