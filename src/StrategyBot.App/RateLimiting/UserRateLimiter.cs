using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.RateLimiting;

/// <summary>
/// The per-user rate limit: one token bucket per user scope in a <see cref="PartitionedRateLimiter{TResource}"/>,
/// checked before the turn loads anything, so a flood costs no storage calls. A refused message is not processed
/// and not stored (Teams got its 200, so it is not redelivered); the user is told once per burst, not per message.
/// Buckets live in this instance; behind N instances a user's limit is at most N times the setting.
/// </summary>
internal sealed class UserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly ILogger<UserRateLimiter> _logger;

    public UserRateLimiter(IOptions<UserRateLimitOptions> options, TimeProvider time, ILogger<UserRateLimiter> logger)
    {
        var settings = options.Value;
        _logger = logger;
        _limiter = PartitionedRateLimiter.Create<string, string>(scope => RateLimitPartition.Get(
            scope, _ => new ClockedTokenBucket(time, settings.PermitLimit, settings.RefillInterval)));
    }

    /// <summary>
    /// True when the turn may run. Otherwise the user's first refused message gets the friendly reply (an invoke
    /// always gets it, as its answer travels in the same HTTP response) and the turn must stop.
    /// </summary>
    public bool TryEnter(TurnContext turn, StateScope scope)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(scope);
        var activity = turn.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            // Install and membership events come from Teams, not from the user's typing.
            return true;
        }

        using var lease = _limiter.AttemptAcquire(scope.Key);
        if (lease.IsAcquired)
        {
            return true;
        }

        var first = lease.TryGetMetadata(BucketLease.FirstRefusal, out var isFirst) && isFirst;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        Log.UserRateLimited(_logger, activity.Type, first, retryAfter);

        // The profile is not loaded for a refused turn (that is the point), so the client's locale picks the language.
        var text = Texts.Get(Languages.FromLocale(activity.GetLocale()), TextKey.RateLimited);
        if (activity.Type == ActivityTypes.Invoke)
        {
            turn.InvokeResponse = InvokeResponse.Text(turn.Activity.Name, text);
        }
        else if (first)
        {
            turn.SendText(text);
        }

        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
