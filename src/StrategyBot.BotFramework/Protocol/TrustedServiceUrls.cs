using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Which service URLs may receive the bot's token: the configured allow-list plus URLs vouched for by signed
/// activities whose <c>serviceurl</c> claim matched. Anything else would be SSRF plus leaking a token that can post
/// as the bot (docs/bot-protocol.md#service-url). Vouches are per instance and bounded; the allow-list covers Teams after restarts.
/// </summary>
internal sealed class TrustedServiceUrls
{
    private const int MaxVouched = 1024;

    private readonly string[] _allowList;
    private readonly ConcurrentDictionary<string, long> _vouched = new(StringComparer.Ordinal);
    private readonly BotAuthenticationMode _mode;
    private readonly TimeProvider _time;
    private readonly ILogger<TrustedServiceUrls> _logger;

    public TrustedServiceUrls(
        IOptions<BotFrameworkOptions> options, BotAuthenticationMode mode, TimeProvider time, ILogger<TrustedServiceUrls> logger)
    {
        _allowList = [.. options.Value.TrustedServiceUrls.Select(ServiceUrls.Normalize).OfType<string>().Distinct()];
        _mode = mode;
        _time = time;
        _logger = logger;
    }

    /// <summary>Records a service URL from an activity whose token vouched for it.</summary>
    public void Vouch(string serviceUrl)
    {
        var normalized = ServiceUrls.Normalize(serviceUrl);
        if (normalized is null || IsAllowListed(normalized))
        {
            return;
        }

        if (_vouched.TryAdd(normalized, _time.GetTimestamp()))
        {
            Log.ServiceUrlVouched(_logger, normalized);
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
        if (!_mode.UsesTokens || ServiceUrls.Normalize(target) is not { } normalized)
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
