using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Runs every inbound check of docs/bot-protocol.md#inbound-authentication in two halves: <see cref="AuthenticateAsync"/> before the body is
/// read (token or anonymous loopback), <see cref="AuthorizeActivityAsync"/> once the activity is known (endorsement,
/// serviceurl claim, issuer, and the service URL rules of <see cref="TrustedServiceUrls"/>). Both fail closed and log why; the caller answers 401 with no body.
/// </summary>
internal sealed class BotRequestAuthenticator(
    BotAuthenticationMode mode,
    SigningKeyEndorsements endorsements,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotRequestAuthenticator> logger)
{
    /// <summary>Returns the caller, or null when the request must be refused.</summary>
    public async Task<ChannelCaller?> AuthenticateAsync(HttpContext httpContext)
    {
        if (mode.RefusesEverything)
        {
            FrameworkLog.RequestRefusedWithoutAppId(logger);
            return null;
        }

        if (mode.AllowsAnonymousLoopback)
        {
            var remote = httpContext.Connection.RemoteIpAddress;
            if (ServiceUrls.IsLoopback(remote))
            {
                return ChannelCaller.Anonymous;
            }

            FrameworkLog.AnonymousCallerNotLoopback(logger, remote?.ToString() ?? "unknown");
            return null;
        }

        var result = await httpContext.AuthenticateAsync(BotAuthenticationDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            // Failures were logged with their reason by JwtBearer's OnAuthenticationFailed; NoResult means no bearer token.
            if (result.None)
            {
                FrameworkLog.BearerTokenMissing(logger);
            }

            return null;
        }

        var serviceUrl = result.Principal.FindFirst(BotAuthenticationDefaults.ServiceUrlClaim)?.Value;
        var keyId = httpContext.Items.TryGetValue(ChannelCaller.SigningKeyIdItem, out var item) ? item as string : null;
        var issuer = result.Principal.FindFirst("iss")?.Value;
        return ChannelCaller.Authenticated(serviceUrl, keyId, issuer);
    }

    /// <summary>Checks the activity against the caller; on success records the service URL as vouched for.</summary>
    public async Task<bool> AuthorizeActivityAsync(ChannelCaller caller, Activity activity, CancellationToken cancellationToken)
    {
        if (caller.IsAnonymous)
        {
            // Only the local Playground may call anonymously, and it must name itself as the service URL:
            // an anonymous activity must never steer replies to another host.
            if (ServiceUrls.IsLoopback(activity.ServiceUrl))
            {
                return true;
            }

            FrameworkLog.AnonymousServiceUrlNotLoopback(logger, activity.ServiceUrl ?? "(none)");
            return false;
        }

        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(caller.SigningKeyId))
        {
            FrameworkLog.ChannelNotEndorsed(logger, caller.SigningKeyId ?? "(none)", activity.ChannelId ?? "(none)");
            return false;
        }

        IReadOnlyList<string> channels;
        try
        {
            channels = await endorsements.GetAsync(caller.SigningKeyId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            FrameworkLog.EndorsementsUnavailable(logger, exception);
            return false;
        }

        // A key without endorsements is rejected too; only emulator and skill tokens may lack them (botbuilder).
        if (!channels.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            FrameworkLog.ChannelNotEndorsed(logger, caller.SigningKeyId, activity.ChannelId);
            return false;
        }

        if (!ServiceUrls.AreEquivalent(caller.ServiceUrlClaim, activity.ServiceUrl))
        {
            FrameworkLog.ServiceUrlClaimMismatch(logger, caller.ServiceUrlClaim ?? "(none)", activity.ServiceUrl ?? "(none)");
            return false;
        }

        // JwtBearer accepts only this issuer today; checked again because only the channel's own word may vouch for a
        // service URL, whatever other issuer a later change might let through.
        if (!string.Equals(caller.Issuer, options.Value.TokenIssuer, StringComparison.Ordinal))
        {
            FrameworkLog.ServiceUrlNotVouched(logger, activity.ServiceUrl ?? "(none)", caller.Issuer ?? "(none)");
            return false;
        }

        if (trustedServiceUrls.Refusal(activity.ServiceUrl) is { } reason)
        {
            FrameworkLog.ServiceUrlRefused(logger, activity.ServiceUrl ?? "(none)", reason);
            return false;
        }

        trustedServiceUrls.Vouch(activity.ServiceUrl!);
        return true;
    }
}
