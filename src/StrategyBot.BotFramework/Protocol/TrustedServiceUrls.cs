using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Which service URLs may receive the bot's token: the configured allow-list plus URLs vouched for by signed
/// activities whose <c>serviceurl</c> claim matched. Anything else would be SSRF plus leaking a token that can post
/// as the bot (docs/bot-protocol.md#service-url). Vouches are per instance and bounded; the allow-list covers Teams after restarts.
/// </summary>
/// <remarks>
/// Outside Development a service URL must also be https and must not name an internal host
/// (<see cref="InternalAddresses"/>), and the vouching token must come from the channel's issuer; in strict mode
/// (<c>Bot:RestrictServiceUrls</c>) only the configured prefixes count. The same rules decide where the bot sends
/// anything, so proactive sends from stored conversation references obey them too (SECURITY.md, "serviceUrl SSRF").
/// </remarks>
internal sealed class TrustedServiceUrls
{
    private const int MaxVouched = 1024;

    private readonly string[] _allowList;
    private readonly bool _strict;
    private readonly ConcurrentDictionary<string, long> _vouched = new(StringComparer.Ordinal);
    private readonly BotAuthenticationMode _mode;
    private readonly TimeProvider _time;
    private readonly ILogger<TrustedServiceUrls> _logger;

    public TrustedServiceUrls(
        IOptions<BotFrameworkOptions> options, BotAuthenticationMode mode, TimeProvider time, ILogger<TrustedServiceUrls> logger)
    {
        _allowList = [.. options.Value.TrustedServiceUrls.Select(ServiceUrls.Normalize).OfType<string>().Distinct()];
        _strict = options.Value.RestrictServiceUrls;
        _mode = mode;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Why an inbound activity's service URL is refused whatever vouches for it, or null when its form is acceptable:
    /// not an absolute http(s) URL, outside Development not https or an internal host, in strict mode not configured.
    /// </summary>
    public string? Refusal(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out var uri) ? Refusal(uri) : "it is not an absolute URL";

    /// <inheritdoc cref="Refusal(string?)"/>
    public string? Refusal(Uri target)
    {
        if (ServiceUrls.Normalize(target) is not { } normalized)
        {
            return "it is not an http(s) URL without user info, query or fragment";
        }

        if (!_mode.RelaxesServiceUrlRules)
        {
            if (target.Scheme != Uri.UriSchemeHttps)
            {
                return "it is not https";
            }

            if (InternalAddresses.IsInternalHost(target))
            {
                return "its host is loopback, private, link-local or a metadata address";
            }
        }

        return _strict && !IsAllowListed(normalized) ? "Bot:RestrictServiceUrls is on and it is not under Bot:TrustedServiceUrls" : null;
    }

    /// <summary>Records a service URL from an activity whose channel token vouched for it; one <see cref="Refusal(string?)"/> refuses is ignored.</summary>
    public void Vouch(string serviceUrl)
    {
        var normalized = ServiceUrls.Normalize(serviceUrl);
        if (normalized is null || Refusal(serviceUrl) is not null || IsAllowListed(normalized))
        {
            return;
        }

        if (_vouched.TryAdd(normalized, _time.GetTimestamp()))
        {
            FrameworkLog.ServiceUrlVouched(_logger, normalized);
            TrimIfFull();
        }
        else
        {
            _vouched[normalized] = _time.GetTimestamp();
        }
    }

    /// <summary>True when a request to <paramref name="target"/> may be sent at all.</summary>
    public bool MaySend(Uri target) => _mode.UsesTokens ? MayReceiveToken(target) : ServiceUrls.IsLoopback(target);

    /// <summary>True when <paramref name="target"/> may receive the bot's bearer token.</summary>
    public bool MayReceiveToken(Uri target)
    {
        // The same rules as for inbound activities: a URL stored before a rule tightened never gets the token either.
        if (!_mode.UsesTokens || ServiceUrls.Normalize(target) is not { } normalized || Refusal(target) is not null)
        {
            return false;
        }

        return IsAllowListed(normalized) || _vouched.Keys.Any(prefix => normalized.StartsWith(prefix, StringComparison.Ordinal));
    }

    private bool IsAllowListed(string normalized) =>
        _allowList.Any(prefix => normalized.StartsWith(prefix, StringComparison.Ordinal));

    private void TrimIfFull()
    {
        while (_vouched.Count > MaxVouched)
        {
            var oldest = _vouched.MinBy(pair => pair.Value).Key;
            _vouched.TryRemove(oldest, out _);
        }
    }
}
