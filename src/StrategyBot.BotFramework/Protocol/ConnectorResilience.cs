using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Retry policy of connector calls (Rate limiting for bots, docs/bot-protocol.md#rate-limits): 429, 412 and transient 5xx are
/// retried with jittered exponential backoff and a bounded number of attempts; Retry-After is honoured exactly, and
/// a Retry-After longer than <see cref="BotFrameworkOptions.MaxRetryDelay"/> fails the call rather than hold it.
/// Other 4xx are the caller's problem and are never retried.
/// </summary>
internal static class ConnectorResilience
{
    /// <summary>The longest a single attempt may take.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The base delay of the exponential backoff when no Retry-After is given.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline, BotFrameworkOptions options, TimeProvider time, ILogger logger)
    {
        pipeline.TimeProvider = time;
        if (options.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, time, options.MaxRetryDelay)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
                OnRetry = args =>
                {
                    var status = (int?)args.Outcome.Result?.StatusCode;
                    var exceptionType = args.Outcome.Exception?.GetType().Name;
                    FrameworkLog.ConnectorRetrying(logger, args.AttemptNumber + 1, args.RetryDelay, status, exceptionType);
                    return ValueTask.CompletedTask;
                },
            });
        }

        pipeline.AddTimeout(AttemptTimeout);
    }

    /// <summary>True for outcomes worth another attempt.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeProvider time, TimeSpan maxDelay)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null || !IsTransient(response.StatusCode))
        {
            return false;
        }

        return RetryAfter(response, time) is not { } delay || delay <= maxDelay;
    }

    /// <summary>429, 412 and the 5xx that can succeed on a second try (not 501 Not Implemented or 505).</summary>
    public static bool IsTransient(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed => true,
        HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
        _ => (int)status >= 500,
    };

    /// <summary>The server's Retry-After (seconds or a date), or null to use the backoff.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
