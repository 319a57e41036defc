namespace StrategyBot.Domain.Smart;

/// <summary>
/// Why a SMART criterion failed, or what its coaching asks for; the App turns each code and its parameters into a
/// sentence. Three findings are coaching, not conditions: <see cref="BaselineMissing"/> (Measurable holds without a
/// baseline), <see cref="ResourcesMissing"/> (Attainable judges the growth, not the resources) and
/// <see cref="PlatformMissing"/> while the plan uses one platform or none yet.
/// </summary>
public enum SmartFindingCode
{
    /// <summary>Specific: no outcome (reach, followers, sales...) named.</summary>
    OutcomeMissing,

    /// <summary>Specific: an outcome counted per platform with no platform named. Fails Specific when the plan uses more than one platform; suggested platforms come from the personas.</summary>
    PlatformMissing,

    /// <summary>Measurable: no countable metric.</summary>
    MetricMissing,

    /// <summary>Measurable: no target number. SuggestedTarget is +20 % on the baseline when known.</summary>
    TargetMissing,

    /// <summary>Measurable, coaching: the starting value is neither stated nor known from the Situation step; asked once, not a condition.</summary>
    BaselineMissing,

    /// <summary>Measurable: the target is no better than the baseline.</summary>
    TargetNotAnImprovement,

    /// <summary>Attainable, coaching: no budget, people, posting rhythm or tools named; asked once, not a condition.</summary>
    ResourcesMissing,

    /// <summary>Attainable: implied monthly growth above the heuristic ceiling; a target and a deadline are suggested.</summary>
    GrowthUnrealistic,

    /// <summary>Attainable: a rate (engagement rate, CTR, conversion rate, ROAS...) above what social channels deliver.</summary>
    RateUnrealistic,

    /// <summary>Relevant: no goal family can be told from the metric or the text.</summary>
    GoalFamilyUnclear,

    /// <summary>Relevant: the platform is not one the personas use, and no persona is named.</summary>
    PlatformNotUsedByPersonas,

    /// <summary>Time-bound: no deadline. SuggestedDeadline is three months out.</summary>
    DeadlineMissing,

    /// <summary>Time-bound: the deadline is today or earlier.</summary>
    DeadlineInPast,

    /// <summary>Time-bound: the deadline is more than two years out, too far to steer by weekly check-ins.</summary>
    DeadlineTooFar,
}
