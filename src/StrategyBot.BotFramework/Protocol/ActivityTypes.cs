namespace StrategyBot.BotFramework.Protocol;

/// <summary>The activity types this layer distinguishes.</summary>
public static class ActivityTypes
{
    /// <summary>A user message or an Action.Submit.</summary>
    public const string Message = "message";

    /// <summary>Members added or removed, channel events.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>App installed or removed.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A request that needs a synchronous body, for example Action.Execute.</summary>
    public const string Invoke = "invoke";

    /// <summary>A typing indicator.</summary>
    public const string Typing = "typing";
}
