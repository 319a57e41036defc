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
        Activity inbound,
        IReadOnlyList<ActivityUpdate> updates,
        IReadOnlyList<Activity> outbox,
        CancellationToken cancellationToken,
        Func<Activity, ResourceResponse, CancellationToken, Task>? onSent = null)
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
            var target = SameConversation(update.ConversationId, conversationId) ? update.ConversationId! : conversationId;
            if (!ReferenceEquals(target, conversationId))
            {
                replacement.Conversation = new ConversationAccount
                {
                    Id = target,
                    TenantId = inbound.Conversation?.TenantId,
                    ConversationType = inbound.Conversation?.ConversationType,
                    IsGroup = inbound.Conversation?.IsGroup,
                };
            }

            try
            {
                await connector.UpdateActivityAsync(serviceUrl, target, update.ActivityId, replacement, cancellationToken);
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
            ResourceResponse sent;
            try
            {
                sent = string.IsNullOrEmpty(reply.ReplyToId)
                    ? await connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken)
                    : await connector.ReplyToActivityAsync(serviceUrl, conversationId, reply.ReplyToId, reply, cancellationToken);
            }
            catch (ConnectorException exception)
            {
                FrameworkLog.ReplyDeliveryFailed(
                    logger, index + 1, outbox.Count, (int?)exception.StatusCode, exception.ErrorCode, exception.CorrelationId, exception);
                return;
            }

            if (onSent is not null)
            {
                await onSent(outbox[index], sent, cancellationToken);
            }
        }
    }

    // A message in another thread of the same channel ("<channel>;messageid=<root>") may be updated; any other
    // conversation may not, so no stored id can steer an update outside the conversation the activity came from.
    private static bool SameConversation(string? requested, string inbound) =>
        requested is { Length: > 0 }
        && !string.Equals(requested, inbound, StringComparison.Ordinal)
        && string.Equals(TopLevel(requested), TopLevel(inbound), StringComparison.Ordinal);

    private static string TopLevel(string conversationId) =>
        conversationId.Split(';', 2)[0];

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
