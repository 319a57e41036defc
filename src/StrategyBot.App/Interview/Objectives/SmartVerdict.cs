using System.Text;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>The SMART verdict as the user sees it: five badges, then one line per failed criterion with its fixes.</summary>
internal static class SmartVerdict
{
    public static IReadOnlyList<SmartCriterion> Criteria { get; } = Enum.GetValues<SmartCriterion>();

    /// <summary>"S ✓ · M ✗ · A ✓ · R ✓ · T ✗"; kept left to right inside Persian text.</summary>
    public static string Badges(SmartAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var badges = string.Join(" · ", Criteria.Select(c => ObjectiveNames.Letter(c) + " " + (assessment.Passes(c) ? "✓" : "✗")));
        return BidiMarks.KeepLeftToRight(badges);
    }

    /// <summary>
    /// The badges and, for each failed criterion in S-M-A-R-T order, what is missing and how to fix it. Coaching
    /// (a baseline, resources) is asked for by its own question, not given as a reason a criterion fails.
    /// </summary>
    public static string Message(Language language, SmartAssessment assessment, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var text = new StringBuilder(Texts.Format(language, ObjectiveText.VerdictHeading, Badges(assessment)));
        var failed = Criteria.Where(c => !assessment.Passes(c)).ToList();
        if (failed.Count == 0)
        {
            return text.Append('\n').Append(Texts.Get(language, ObjectiveText.VerdictAllPass)).ToString();
        }

        foreach (var criterion in failed)
        {
            var sentences = assessment.Findings
                .Where(f => f.Criterion == criterion && !SmartCoaching.IsCoaching(f.Code))
                .Select(f => SmartFindingTexts.Describe(language, f, assessment, today))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (sentences.Count == 0 && criterion == SmartCriterion.Attainable)
            {
                // Attainable judges the growth from baseline to target, so with no target it has nothing to judge yet.
                sentences.Add(Texts.Get(language, ObjectiveText.VerdictAttainableNeedsTarget));
            }

            if (sentences.Count == 0)
            {
                continue;
            }

            text.Append("\n• ").Append(ObjectiveNames.Criterion(language, criterion)).Append(": ").AppendJoin(' ', sentences);
        }

        return text.ToString();
    }
}
