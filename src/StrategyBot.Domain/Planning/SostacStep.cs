namespace StrategyBot.Domain.Planning;

/// <summary>The six steps of the SOSTAC planning model, in order.</summary>
public enum SostacStep
{
    Situation,
    Objectives,
    Strategy,
    Tactics,
    Action,
    Control,
}
