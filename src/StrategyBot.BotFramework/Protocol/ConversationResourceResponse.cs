namespace StrategyBot.BotFramework.Protocol;

/// <summary>The connector's answer to a create-conversation call.</summary>
public sealed class ConversationResourceResponse
{
    /// <summary>The new (or existing 1:1) conversation id.</summary>
    public string? Id { get; set; }

    /// <summary>The id of the initial activity, when one was sent with the request.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The service URL to use for this conversation, when the connector names one.</summary>
    public string? ServiceUrl { get; set; }
}
