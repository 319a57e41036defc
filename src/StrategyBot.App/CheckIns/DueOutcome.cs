namespace StrategyBot.App.CheckIns;

/// <summary>What handling one claimed wake-up came to: the message delivered (None if none), or a send put back for later.</summary>
internal sealed record DueOutcome(DueAction Delivered, bool Requeued)
{
    public static DueOutcome Nothing { get; } = new(DueAction.None, Requeued: false);

    public static DueOutcome RequeuedAfterThrottling { get; } = new(DueAction.None, Requeued: true);
}
