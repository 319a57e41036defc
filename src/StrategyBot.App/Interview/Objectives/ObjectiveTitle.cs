using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The objective's title written from its SMART form once coaching has agreed on it: "Grow Instagram followers from
/// 8,500 to 11,000 by 31 March 2027", «افزایش دنبال‌کننده اینستاگرام از ۸٬۵۰۰ به ۱۱٬۰۰۰ تا ۱۰ فروردین ۱۴۰۶». A rate keeps
/// its cadence words ("a month"), so checking the title again reads the same objective.
/// </summary>
internal static class ObjectiveTitle
{
    /// <summary>The title for <paramref name="draft"/>, or null while it has no metric, target or deadline.</summary>
    public static string? Build(Language language, Objective draft, SmartAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(assessment);
        if (draft.Metric is not { } metric || draft.Deadline is not { } deadline || (draft.ResolvedTarget() ?? assessment.ResolvedTarget) is not { } target)
        {
            return null;
        }

        var name = ObjectiveNames.Metric(language, metric);
        var subject = draft.Platform is { } platform
            ? Texts.Format(language, ObjectiveText.TitleSubject, name, ObjectiveNames.Platform(language, platform))
            : name;
        var cadence = assessment.Cadence switch
        {
            TargetCadence.PerWeek => Texts.Get(language, ObjectiveText.TitlePerWeek),
            TargetCadence.PerMonth => Texts.Get(language, ObjectiveText.TitlePerMonth),
            _ => string.Empty,
        };
        var date = language == Language.Persian ? LocalFormat.JalaliDate(deadline) : LocalFormat.Date(language, deadline);
        string Value(decimal value) => ObjectiveFormat.Value(language, metric, value);

        if (draft.Baseline is not { } start || assessment.Cadence is TargetCadence.Total)
        {
            return Texts.Format(language, ObjectiveText.TitleReach, subject, Value(target), cadence, date);
        }

        var key = MetricTraits.IsLowerBetter(metric) ? ObjectiveText.TitleCutFromTo : ObjectiveText.TitleGrowFromTo;
        return Texts.Format(language, key, subject, Value(start), Value(target), cadence, date);
    }
}
