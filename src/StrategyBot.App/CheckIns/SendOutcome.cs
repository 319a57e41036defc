namespace StrategyBot.App.CheckIns;

/// <summary>What a proactive send achieved.</summary>
internal sealed record SendOutcome(bool Delivered, bool ConversationGone, string? ActivityId, string? Error)
{
    public static SendOutcome Sent(string? activityId) => new(true, false, activityId, null);

    public static SendOutcome Gone(string error) => new(false, true, null, error);
}
