namespace StrategyBot.BotFramework.Protocol;

/// <summary>The invoke names of a bot-based message extension (docs/bot-protocol.md#message-extensions).</summary>
public static class MessagingExtensionInvokes
{
    /// <summary>An action command asks for its dialog (manifest <c>fetchTask: true</c>).</summary>
    public const string FetchTask = "composeExtension/fetchTask";

    /// <summary>The user submitted an action command's dialog.</summary>
    public const string SubmitAction = "composeExtension/submitAction";

    /// <summary>A search command's query (also its initial run).</summary>
    public const string Query = "composeExtension/query";

    /// <summary>True for every invoke a message extension sends, handled or not.</summary>
    public static bool IsMessagingExtension(string? name) =>
        name?.StartsWith("composeExtension/", StringComparison.Ordinal) == true;
}
