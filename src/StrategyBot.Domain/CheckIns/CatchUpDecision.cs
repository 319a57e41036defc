namespace StrategyBot.Domain.CheckIns;

/// <summary>What the scheduler does after it (re)starts: send once or not, and when the next slot is.</summary>
public sealed class CatchUpDecision
{
    public required bool SendNow { get; init; }

    /// <summary>Slots that passed since the last send; however many, they produce a single send.</summary>
    public required int MissedSlots { get; init; }

    public required DateTimeOffset NextDue { get; init; }
}
