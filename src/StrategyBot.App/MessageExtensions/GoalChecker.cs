using System.Globalization;
using StrategyBot.App.Interview;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// Reads the goal dialog's fields into a draft objective and runs the Domain's SMART check on it, the same check the
/// interview's quick capture uses: fields the user set win over what the text says. A field that cannot be read, or
/// that the check says keeps the objective from being measurable and time-bound, gets its problem next to it.
/// </summary>
internal static class GoalChecker
{
    private const int MaxDigits = 15;

    public static GoalReview Review(GoalForm form, SmartContext context, Language language)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = form.Text;
        if (text.Length == 0)
        {
            problems[GoalFields.Text] = Texts.Get(language, MessageExtensionText.ProblemTextMissing);
        }
        else if (text.Length > SmartCheck.MaxTextLength)
        {
            problems[GoalFields.Text] = Texts.Format(language, MessageExtensionText.ProblemTextTooLong, SmartCheck.MaxTextLength);
            text = text[..SmartCheck.MaxTextLength];
        }

        var draft = new Objective
        {
            Text = text,
            Metric = Enum.TryParse<ObjectiveMetric>(form.Metric, out var metric) && Enum.IsDefined(metric) ? metric : null,
            Platform = Enum.TryParse<Platform>(form.Platform, out var platform) && Enum.IsDefined(platform) ? platform : null,
        };
        draft = ReadBaseline(form, draft, problems, language);
        draft = ReadTarget(form, draft, problems, language);
        draft = ReadDeadline(form, draft, problems, language);

        var assessment = SmartCheck.Assess(draft, context);
        draft = assessment.AppliedTo(draft);
        if (!assessment.CanSave())
        {
            foreach (var finding in assessment.Findings)
            {
                if (FieldOf(finding.Code) is { } field && !problems.ContainsKey(field))
                {
                    problems[field] = SmartFindingTexts.Describe(language, finding, assessment, context.Today);
                }
            }
        }

        // A change (+20 %, +500) needs its starting point before it is a number to track; the form's baseline field is
        // the follow-up question the interview would ask. A level (5,000) saves without one: Measurable needs no baseline.
        if (assessment is { Baseline: null, TargetValue: not null, ResolvedTarget: null } && !problems.ContainsKey(GoalFields.Baseline)
            && assessment.Findings.FirstOrDefault(f => f.Code == SmartFindingCode.BaselineMissing) is { } missing)
        {
            problems[GoalFields.Baseline] = SmartFindingTexts.Describe(language, missing, assessment, context.Today);
        }

        return new GoalReview(draft, assessment, problems);
    }

    /// <summary>The SMART findings that stop a save (Measurable, Time-bound, and a baseline for a change), by the field that fixes them; the rest are hints.</summary>
    public static string? FieldOf(SmartFindingCode code) => code switch
    {
        SmartFindingCode.OutcomeMissing or SmartFindingCode.MetricMissing => GoalFields.Metric,
        SmartFindingCode.BaselineMissing => GoalFields.Baseline,
        SmartFindingCode.TargetMissing or SmartFindingCode.TargetNotAnImprovement => GoalFields.Target,
        SmartFindingCode.DeadlineMissing or SmartFindingCode.DeadlineInPast or SmartFindingCode.DeadlineTooFar => GoalFields.Deadline,
        _ => null,
    };

    private static Objective ReadBaseline(GoalForm form, Objective draft, Dictionary<string, string> problems, Language language)
    {
        if (form.Baseline.Length == 0)
        {
            return draft;
        }

        if (Readable(form.Baseline) && NumberAnswer.TryRead(form.Baseline, out var baseline) && baseline >= 0)
        {
            return draft with { Baseline = baseline };
        }

        problems[GoalFields.Baseline] = Texts.Get(language, MessageExtensionText.ProblemNotANumber);
        return draft;
    }

    private static Objective ReadTarget(GoalForm form, Objective draft, Dictionary<string, string> problems, Language language)
    {
        if (form.Target.Length == 0)
        {
            return draft;
        }

        if (Readable(form.Target) && TargetAnswer.TryRead(form.Target, draft.Metric, out var value, out var unit, out var change))
        {
            return draft with { Target = value, Unit = unit, Change = change };
        }

        problems[GoalFields.Target] = Texts.Get(language, MessageExtensionText.ProblemNotANumber);
        return draft;
    }

    // No marketing number has more digits than this; more would overflow the parsers' decimals, so it is no number.
    private static bool Readable(string number) => number.Count(char.IsDigit) <= MaxDigits;

    private static Objective ReadDeadline(GoalForm form, Objective draft, Dictionary<string, string> problems, Language language)
    {
        if (form.Deadline.Length == 0)
        {
            return draft;
        }

        // Input.Date submits yyyy-MM-dd; a client that sends the user's own digits is read too.
        if (DateOnly.TryParseExact(PersianDigits.ToLatin(form.Deadline), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return draft with { Deadline = date };
        }

        problems[GoalFields.Deadline] = Texts.Get(language, MessageExtensionText.ProblemNotADate);
        return draft;
    }
}
