namespace StrategyBot.Domain.CheckIns;

/// <summary>How a week's check-in ended.</summary>
public enum CheckInOutcome
{
    Answered,

    /// <summary>The user skipped the week on purpose (with a reason); that is an answer, not silence.</summary>
    Skipped,

    Ignored,
}
