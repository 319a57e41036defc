namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Waits for a slot of the tenant named in <see cref="TenantKey"/> before every attempt of a request, so a retry
/// after a 429 is paced like the first attempt; requests without the key (turn replies) pass straight through. It
/// sits inside the retry handler and after the token handler, so the slot is taken right before the request goes on
/// the wire, and the wait counts against the per-attempt timeout of <see cref="ConnectorResilience"/>.
/// Only the per-tenant limit is paced: the per-conversation limits of docs/bot-protocol.md#rate-limits are left to the callers.
/// </summary>
internal sealed class ConnectorPacingHandler(TenantSendPacer pacer) : DelegatingHandler
{
    /// <summary>The tenant whose pace a request keeps; set by <see cref="ConnectorClient"/> for proactive calls.</summary>
    public static readonly HttpRequestOptionsKey<string> TenantKey = new("StrategyBot.BotFramework.PacedTenant");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(TenantKey, out var tenantId))
        {
            await pacer.WaitAsync(tenantId, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
