namespace StrategyBot.App.CheckIns;

/// <summary>A check-in that was sent and waits for an answer.</summary>
internal sealed record PendingCheckIn
{
    /// <summary>The ISO week it asks about, "2027-W10".</summary>
    public string Week { get; init; } = "";

    public DateTimeOffset SentAtUtc { get; init; }

    /// <summary>Messages the bot sent on its own for this week (check-in and nudge); the rule allows two.</summary>
    public int UnpromptedMessages { get; init; }

    public DateTimeOffset? NudgeDueUtc { get; init; }

    public bool Nudged { get; init; }

    /// <summary>When a snoozed check-in comes back.</summary>
    public DateTimeOffset? SnoozedUntilUtc { get; init; }

    /// <summary>True once the user reacted (snoozed, opened by command); such a week does not count as ignored.</summary>
    public bool Touched { get; init; }

    /// <summary>The connector's id of the card message, for replacing it after the answer.</summary>
    public string? ActivityId { get; init; }
}
