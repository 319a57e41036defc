namespace StrategyBot.App.CheckIns;

/// <summary>What a proactive send achieved.</summary>
internal sealed record SendOutcome(bool Delivered, bool ConversationGone, string? ActivityId, string? Error)
{
    /// <summary>Teams answered 429 to every attempt the connector made: nothing was sent, and it may be tried again.</summary>
    public bool Throttled { get; init; }

    /// <summary>For a throttled send, how long Teams asked us to wait (its Retry-After); null when it named no time.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static SendOutcome Sent(string? activityId) => new(true, false, activityId, null);

    public static SendOutcome Gone(string error) => new(false, true, null, error);

    public static SendOutcome ThrottledFor(TimeSpan? retryAfter) => new(false, false, null, "429") { Throttled = true, RetryAfter = retryAfter };
}
