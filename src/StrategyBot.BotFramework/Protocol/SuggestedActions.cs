namespace StrategyBot.BotFramework.Protocol;

/// <summary>Quick-reply buttons under a message.</summary>
public sealed class SuggestedActions
{
    /// <summary>Who sees them (Teams ignores it in 1:1 chats).</summary>
    public IList<string>? To { get; set; }

    /// <summary>The buttons.</summary>
    public IList<CardAction> Actions { get; set; } = [];
}
