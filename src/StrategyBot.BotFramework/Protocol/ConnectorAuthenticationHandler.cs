using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Attaches the bot's bearer token, but only to trusted service URLs; refuses to send anywhere else. Without an app
/// id no token exists and only loopback targets (the Playground) are allowed. The docs: "Do NOT … include it in HTTP
/// requests that you send to other services" (docs/bot-protocol.md#outbound-authentication).
/// </summary>
internal sealed class ConnectorAuthenticationHandler(
    TrustedServiceUrls trustedServiceUrls, IConnectorTokenSource tokens, ILogger<ConnectorAuthenticationHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The rules judge where a request goes, so a query the client itself added (the members API's page token) is
        // left out of the check: ServiceUrls refuses queries in a service URL, which is what the activity carries.
        var target = request.RequestUri is { } uri ? new Uri(uri.GetLeftPart(UriPartial.Path)) : null;
        if (target is null || !trustedServiceUrls.MaySend(target))
        {
            FrameworkLog.ConnectorTargetUntrusted(logger, target?.GetLeftPart(UriPartial.Authority) ?? "(none)");
            throw new ConnectorException(
                "The service URL is not trusted; no request was sent.", statusCode: null, "UntrustedServiceUrl", subCode: null, correlationId: null);
        }

        request.Headers.Authorization = null;
        if (trustedServiceUrls.MayReceiveToken(target))
        {
            string token;
            try
            {
                token = await tokens.GetTokenAsync(cancellationToken);
            }
            catch (MsalException exception)
            {
                FrameworkLog.ConnectorTokenFailed(logger, exception.ErrorCode, exception);
                throw new ConnectorException(
                    "No token for the Bot Connector could be acquired.", statusCode: null, "TokenAcquisitionFailed", subCode: null, correlationId: null, exception);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
