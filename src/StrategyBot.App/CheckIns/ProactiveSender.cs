using System.Net;
using System.Net.Http.Headers;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Posts a proactive message through the stored conversation reference. The connector paces every attempt per tenant
/// (CheckIns:SendsPerSecondPerTenant) and retries 429 and 5xx inside its pipeline (Retry-After honoured); 403 and 404
/// mean the user removed or blocked the bot or the chat is gone (docs/bot-protocol.md#connector-errors) and come back as
/// <see cref="SendOutcome.ConversationGone"/>. Any other failure is thrown, so the scheduler leaves the check-in to
/// be tried again.
/// </summary>
/// <remarks>
/// Teams' per-conversation limits (7 per 1 s, 8 per 2 s, 60 per 30 s, docs/bot-protocol.md#rate-limits) need no pacing here: a
/// conversation gets one message per due check-in, nudge or snooze, hours apart, and one message makes at most
/// 1 + Bot:MaxRetryAttempts attempts: 5 by default, so even all of them within one second would stay under 7. That
/// holds while Bot:MaxRetryAttempts is at most 6.
///
/// A 429 that outlasted every retry is not thrown but comes back as <see cref="SendOutcome.Throttled"/> with its
/// Retry-After, so the scheduler requeues the check-in for then instead of leaving it to its claim lease. The retry
/// comes at least a second later, so it cannot crowd into the same per-conversation window.
/// </remarks>
internal sealed class ProactiveSender(ConnectorClient connector, TimeProvider time)
{
    public async Task<SendOutcome> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Conversation?.Id is not { Length: > 0 } || string.IsNullOrWhiteSpace(reference.ServiceUrl))
        {
            return SendOutcome.Gone("NoConversationReference");
        }

        try
        {
            var response = await connector.SendToConversationAsync(reference, activity, cancellationToken);
            return SendOutcome.Sent(response.Id);
        }
        catch (ConnectorException ex) when (ex.IsConversationUnavailable)
        {
            return SendOutcome.Gone($"{(int?)ex.StatusCode} {ex.ErrorCode} {ex.SubCode}".Trim());
        }
        catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return SendOutcome.ThrottledFor(Wait(ex.RetryAfter));
        }
    }

    // Retry-After is seconds or an HTTP date (RFC 9110, section 10.2.3).
    private TimeSpan? Wait(RetryConditionHeaderValue? retryAfter) => retryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };
}
