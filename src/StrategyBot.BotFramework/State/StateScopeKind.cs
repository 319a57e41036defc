namespace StrategyBot.BotFramework.State;

/// <summary>Whose state a <see cref="StateScope"/> holds.</summary>
public enum StateScopeKind
{
    /// <summary>One user in one tenant: their 1:1 chat with the bot and everything it keeps for them.</summary>
    User,

    /// <summary>One conversation in one tenant (a channel or a group chat): what its members share.</summary>
    Conversation,
}
