using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Posts a proactive message through the stored conversation reference, paced per tenant. 429 and 5xx are retried
/// inside the connector's pipeline (Retry-After honoured); 403 and 404 mean the user removed or blocked the bot or
/// the chat is gone (bot-protocol.md §3) and come back as <see cref="SendOutcome.ConversationGone"/>. Any other
/// failure is thrown, so the scheduler leaves the check-in to be tried again.
/// </summary>
internal sealed class ProactiveSender(ConnectorClient connector, TenantSendPacer pacer)
{
    public async Task<SendOutcome> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Conversation?.Id is not { Length: > 0 } || string.IsNullOrWhiteSpace(reference.ServiceUrl))
        {
            return SendOutcome.Gone("NoConversationReference");
        }

        await pacer.WaitAsync(reference.TenantId, cancellationToken);
        try
        {
            var response = await connector.SendToConversationAsync(reference, activity, cancellationToken);
            return SendOutcome.Sent(response.Id);
        }
        catch (ConnectorException ex) when (ex.IsConversationUnavailable)
        {
            return SendOutcome.Gone($"{(int?)ex.StatusCode} {ex.ErrorCode} {ex.SubCode}".Trim());
        }
    }
}
