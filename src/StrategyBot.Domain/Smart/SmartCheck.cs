using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Smart;

/// <summary>
/// The SMART check: reads an objective written in English or Persian, extracts metric, platform, target,
/// baseline and deadline, and judges the five criteria with a finding and proposed fix for each failure.
/// Pure and deterministic: "today" comes from the context.
/// </summary>
public static partial class SmartCheck
{
    /// <summary>
    /// An objective is a sentence or two; longer text is cut here so that a pasted document cannot stall a turn
    /// (the keyword scans are linear, but 60 KB of them took seconds on this machine).
    /// </summary>
    public const int MaxTextLength = 1000;

    /// <summary>
    /// A rate per week or per month that <paramref name="text"/> names for its number ("150 a month", «ماهانه»,
    /// "every week"), not for its resources ("with 3 reels a week"); null when it names none.
    /// </summary>
    public static TargetCadence? RateNamedIn(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : CadenceDetector.RateNamed(TextNormalizer.ForMatching(text));

    public static SmartAssessment Assess(string objectiveText, SmartContext context)
    {
        ArgumentNullException.ThrowIfNull(objectiveText);
        return Assess(new Objective { Text = objectiveText }, context);
    }

    /// <summary>
    /// Assesses a draft objective. Fields already set on the draft (a confirmed baseline, a deadline from a date
    /// prompt, a chosen family...) win over what the text says, so a refinement dialog can fill the gaps and re-check.
    /// </summary>
    public static SmartAssessment Assess(Objective draft, SmartContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        var facts = Extract(draft, context);
        return SmartRules.Judge(facts, context);
    }

    private static ObjectiveFacts Extract(Objective draft, SmartContext context)
    {
        var text = draft.Text is { Length: > MaxTextLength } longText ? longText[..MaxTextLength] : draft.Text ?? "";
        var folded = TextNormalizer.ForMatching(text);
        var deadline = DeadlineParser.Find(folded, context.Today, context.Language);
        var masked = deadline is { } d ? string.Concat(folded[..d.Index], new string(' ', d.Length), folded[(d.Index + d.Length)..]) : folded;

        var metric = draft.Metric ?? MetricLexicon.Find(masked);
        var platform = draft.Platform ?? (Platforms.FindMentions(folded) is [var first, ..] ? first.Platform : (Platform?)null) ?? OnlyPlatform(metric, context);
        var extracted = draft.Target is null || draft.Baseline is null ? TargetExtractor.Extract(masked, metric) : ExtractedTarget.None;
        var (value, unit, change) = draft.Target is { } t
            ? (t, draft.Unit ?? TargetUnit.Absolute, draft.Change ?? TargetChange.Level)
            : (extracted.Value, extracted.Unit, extracted.Change);
        var (baseline, source) = ResolveBaseline(draft, extracted, metric, platform, folded, context);

        return new ObjectiveFacts
        {
            Metric = metric,
            Platform = platform,
            TargetValue = value,
            Unit = unit,
            Change = change,
            Baseline = baseline,
            BaselineSource = source,
            Deadline = draft.Deadline ?? deadline?.Date,
            Cadence = CadenceDetector.Find(masked, metric, unit),
            Resources = string.IsNullOrWhiteSpace(draft.Resources) ? ResourceDetector.Find(text, folded) : draft.Resources,
            Family = context.GoalFamily ?? draft.Family ?? FamilyDetector.Find(masked) ?? (metric is { } m ? MetricTraits.DefaultFamily(m) : null),
            PersonaNames = draft.PersonaNames.Count > 0 ? draft.PersonaNames : MentionedPersonas(folded, context.Personas),
        };
    }

    // A plan on one platform means that platform for an outcome counted per platform.
    private static Platform? OnlyPlatform(ObjectiveMetric? metric, SmartContext context) =>
        metric is { } m && MetricTraits.IsCountedPerPlatform(m) && context.PlanPlatforms() is [var only] ? only : null;

    private static (decimal? Value, BaselineSource Source) ResolveBaseline(
        Objective draft, ExtractedTarget extracted, ObjectiveMetric? metric, Platform? platform, string folded, SmartContext context)
    {
        if ((draft.Baseline ?? extracted.Baseline) is { } stated)
        {
            return (stated, BaselineSource.Stated);
        }

        var presence = platform is { } p ? context.Presence.FirstOrDefault(x => x.Platform == p) : null;
        long? known = metric switch
        {
            ObjectiveMetric.Followers => presence?.Followers,
            ObjectiveMetric.Reach => presence?.WeeklyReach,
            _ => null,
        };
        if (known is { } value)
        {
            return (value, BaselineSource.Presence);
        }

        return NewAccount().IsMatch(folded) ? (0m, BaselineSource.NewAccount) : (null, BaselineSource.None);
    }

    private static List<string> MentionedPersonas(string folded, IReadOnlyList<Persona> personas) =>
        personas
            .Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .Where(p => Regex.IsMatch(folded, @"(?<![\p{L}\d])" + Regex.Escape(TextNormalizer.ForMatching(p.Name.Trim())) + @"(?![\p{L}\d])", RegexOptions.None, TimeSpan.FromSeconds(1)))
            .Select(p => p.Name)
            .ToList();

    [GeneratedRegex(@"(?<!\p{L})(?:launch(?:ing)?|new\s+(?:account|page|channel|profile)|start(?:ing)?\s+(?:a|an|our)\s+(?:new\s+)?(?:account|page|channel|profile|presence)|from\s+(?:scratch|zero)|راه\s*اندازی|از\s+صفر|(?:پیج|صفحه|کانال|اکانت)\s+(?:جدید|تازه))")]
    private static partial Regex NewAccount();
}
