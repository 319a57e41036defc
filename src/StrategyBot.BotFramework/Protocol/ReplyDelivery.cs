using Microsoft.Extensions.Logging;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Posts a turn's outbox as replies, in order. Addressing always comes from the authenticated inbound activity, so a
/// reply can never be steered to another service URL or conversation. A connector failure stops the rest (sending
/// later replies without an earlier one would scramble the conversation), is logged, and never fails the turn.
/// </summary>
internal sealed class ReplyDelivery(ConnectorClient connector, ILogger<ReplyDelivery> logger)
{
    public async Task DeliverAsync(Activity inbound, IReadOnlyList<Activity> outbox, CancellationToken cancellationToken)
    {
        var serviceUrl = inbound.ServiceUrl;
        var conversationId = inbound.Conversation?.Id;
        if (outbox.Count == 0)
        {
            return;
        }

        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            Log.RepliesNotAddressable(logger, outbox.Count);
            return;
        }

        for (var index = 0; index < outbox.Count; index++)
        {
            var reply = Address(outbox[index], inbound);
            try
            {
                if (string.IsNullOrEmpty(reply.ReplyToId))
                {
                    await connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken);
                }
                else
                {
                    await connector.ReplyToActivityAsync(serviceUrl, conversationId, reply.ReplyToId, reply, cancellationToken);
                }
            }
            catch (ConnectorException exception)
            {
                Log.ReplyDeliveryFailed(
                    logger, index + 1, outbox.Count, (int?)exception.StatusCode, exception.ErrorCode, exception.CorrelationId, exception);
                return;
            }
        }
    }

    private static Activity Address(Activity reply, Activity inbound)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ServiceUrl = inbound.ServiceUrl;
        reply.ChannelId = inbound.ChannelId;
        reply.Conversation = inbound.Conversation;
        reply.From = inbound.Recipient;
        reply.Recipient = inbound.From;
        reply.ReplyToId ??= inbound.Id;
        reply.Locale ??= inbound.Locale;
        return reply;
    }
}
