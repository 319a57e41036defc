namespace StrategyBot.Domain.Smart;

public enum SmartCriterion
{
    Specific,
    Measurable,
    Attainable,
    Relevant,
    TimeBound,
}
