namespace StrategyBot.Domain.Smart;

/// <summary>
/// Which findings are coaching rather than conditions (issue 15): the bot asks for them once, and they never fail
/// their criterion on their own.
/// </summary>
public static class SmartCoaching
{
    /// <summary>A missing baseline (Measurable holds without one) or missing resources (Attainable judges the growth).</summary>
    public static bool IsCoaching(SmartFindingCode code) => code is SmartFindingCode.BaselineMissing or SmartFindingCode.ResourcesMissing;
}
