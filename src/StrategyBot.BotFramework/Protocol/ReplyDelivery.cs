using Microsoft.Extensions.Logging;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Delivers a turn's outbox: first the updates of earlier bot messages, then the replies, in order. Addressing always
/// comes from the authenticated inbound activity, so nothing can be steered to another service URL or conversation.
/// A failed update is logged and the replies still go (the channel may refuse edits, or the message may be gone: the
/// answer matters more than the tidy card). A failed reply stops the rest (sending later replies without an earlier
/// one would scramble the conversation), is logged, and never fails the turn.
/// </summary>
internal sealed class ReplyDelivery(ConnectorClient connector, ILogger<ReplyDelivery> logger)
{
    public async Task DeliverAsync(
        Activity inbound, IReadOnlyList<ActivityUpdate> updates, IReadOnlyList<Activity> outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(outbox);
        var serviceUrl = inbound.ServiceUrl;
        var conversationId = inbound.Conversation?.Id;
        if (outbox.Count == 0 && updates.Count == 0)
        {
            return;
        }

        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            FrameworkLog.RepliesNotAddressable(logger, outbox.Count + updates.Count);
            return;
        }

        foreach (var update in updates)
        {
            var replacement = Address(update.Activity, inbound);
            replacement.Id = update.ActivityId;
            replacement.ReplyToId = null;
            try
            {
                await connector.UpdateActivityAsync(serviceUrl, conversationId, update.ActivityId, replacement, cancellationToken);
            }
            catch (ConnectorException exception)
            {
                FrameworkLog.ActivityUpdateFailed(
                    logger, update.ActivityId, (int?)exception.StatusCode, exception.ErrorCode, exception.CorrelationId, exception);
            }
        }

        for (var index = 0; index < outbox.Count; index++)
        {
            var reply = Address(outbox[index], inbound);
            reply.ReplyToId ??= inbound.Id;
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
                FrameworkLog.ReplyDeliveryFailed(
                    logger, index + 1, outbox.Count, (int?)exception.StatusCode, exception.ErrorCode, exception.CorrelationId, exception);
                return;
            }
        }
    }

    private static Activity Address(Activity activity, Activity inbound)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ServiceUrl = inbound.ServiceUrl;
        activity.ChannelId = inbound.ChannelId;
        activity.Conversation = inbound.Conversation;
        activity.From = inbound.Recipient;
        activity.Recipient = inbound.From;
        activity.Locale ??= inbound.Locale;
        return activity;
    }
}
