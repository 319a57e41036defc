namespace StrategyBot.App.TeamPlans;

/// <summary>
/// What the bot keeps about a channel or group chat itself, apart from its plan: when it was welcomed there, and
/// whether the app was removed (then the conversation's check-ins are paused and its data kept until an owner deletes it).
/// </summary>
internal sealed record TeamConversation
{
    public static TeamConversation Empty { get; } = new();

    public DateTimeOffset? WelcomedAt { get; init; }

    public DateTimeOffset? RemovedAt { get; init; }

    public bool CheckInsPaused => RemovedAt is not null;
}
