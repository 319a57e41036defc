namespace StrategyBot.Domain.Smart;

/// <summary>Why a SMART criterion failed; the App turns each code and its parameters into a sentence.</summary>
public enum SmartFindingCode
{
    /// <summary>Specific: no outcome (reach, followers, sales...) named.</summary>
    OutcomeMissing,

    /// <summary>Specific: no platform named. Suggested platforms come from the personas.</summary>
    PlatformMissing,

    /// <summary>Measurable: no countable metric.</summary>
    MetricMissing,

    /// <summary>Measurable: no target number. SuggestedTarget is +20 % on the baseline when known.</summary>
    TargetMissing,

    /// <summary>Measurable: the starting value is neither stated nor known from the Situation step.</summary>
    BaselineMissing,

    /// <summary>Measurable: the target is no better than the baseline.</summary>
    TargetNotAnImprovement,

    /// <summary>Attainable: no budget, people, posting rhythm or tools named.</summary>
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
