namespace StrategyBot.Domain.Planning;

/// <summary>Whether the target is a level to reach or a change from the baseline.</summary>
public enum TargetChange
{
    /// <summary>"to 10,000": the value is the level to reach.</summary>
    Level,

    /// <summary>"by 20 %", "2,000 new followers", "double": the value is added to the baseline.</summary>
    Increase,

    /// <summary>"cut CPC by 20 %": the value is taken off the baseline.</summary>
    Decrease,
}
