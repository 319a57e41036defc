using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>
/// What an objective's number means over time: "150 sales a month" is a monthly rate, "reach 10k a week" a weekly
/// one, "300 leads by April" a total, "11,000 followers" a level, "engagement rate 4.5 %" a ratio. A rate word that
/// belongs to the resources ("with 3 reels a week", "$500 a month in ads") says nothing about the target.
/// </summary>
internal static partial class CadenceDetector
{
    public static TargetCadence? Find(string masked, ObjectiveMetric? metric, TargetUnit? unit)
    {
        if (metric is not { } m)
        {
            return null;
        }

        if (IsRatio(m))
        {
            return TargetCadence.Ratio;
        }

        if (m == ObjectiveMetric.Followers)
        {
            return TargetCadence.Level;
        }

        if (RateNamed(masked) is { } rate)
        {
            return rate;
        }

        // Reach is counted per week where we track it, and a relative change of a count compares week with week.
        return m == ObjectiveMetric.Reach || unit == TargetUnit.Percent ? TargetCadence.PerWeek : TargetCadence.Total;
    }

    /// <summary>A rate per week or month named in folded text for the target, not for the resources; null when none is.</summary>
    public static TargetCadence? RateNamed(string folded)
    {
        foreach (Match rate in RateWords().Matches(folded))
        {
            var before = folded[Math.Max(0, rate.Index - 40)..rate.Index];
            var after = folded[(rate.Index + rate.Length)..Math.Min(folded.Length, rate.Index + rate.Length + 30)];
            if (!ResourceBefore().IsMatch(before) && !ResourceAfter().IsMatch(after))
            {
                return rate.Groups["month"].Success ? TargetCadence.PerMonth : TargetCadence.PerWeek;
            }
        }

        return null;
    }

    private static bool IsRatio(ObjectiveMetric metric) =>
        MetricTraits.IsRate(metric)
        || metric is ObjectiveMetric.Cpc or ObjectiveMetric.Cpa or ObjectiveMetric.Cpm or ObjectiveMetric.Roi or ObjectiveMetric.Roas
            or ObjectiveMetric.ResponseTime or ObjectiveMetric.ShareOfVoice;

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<month>(?:a|per|each|every)\s+month|/\s*(?:month|mo)|monthly)|(?:a|per|each|every)\s+week|/\s*(?:week|wk)|weekly)(?!\p{L})"
        + @"|(?<!\p{L})(?:(?<month>در\s+ماه|ماهانه|ماهیانه|ماهی|هر\s+ماه)|در\s+هفته|هفتگی|هفته\s*ای|هر\s+هفته)(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex RateWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:with|using|posting|publish(?:ing)?|spend(?:ing)?|budget|با|بودجه)(?![\p{L}])[^.;،,]*$")]
    private static partial Regex ResourceBefore();

    [GeneratedRegex(@"^\s*(?:(?:in|on|of|for)\s+)?(?:\p{L}+\s+)?(?:ads?|advertising|budget|spend|posts?|reels?|videos?|articles?|stories|story|boosts?|بودجه|تبلیغ|تبلیغات|پست|ریلز|ویدیو|مقاله|استوری)(?!\p{L})")]
    private static partial Regex ResourceAfter();
}
