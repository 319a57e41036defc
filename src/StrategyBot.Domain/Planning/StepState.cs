namespace StrategyBot.Domain.Planning;

public enum StepState
{
    NotStarted,
    InProgress,
    Complete,
}
