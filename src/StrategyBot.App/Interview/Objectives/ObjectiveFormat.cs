using System.Globalization;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>Metric values, targets and spans of time as the objectives step shows them in each language.</summary>
internal static class ObjectiveFormat
{
    /// <summary>A value of <paramref name="metric"/>: rates in percent ("3.5%", "۳٫۵٪"), everything else a number.</summary>
    public static string Value(Language language, ObjectiveMetric? metric, decimal value) => metric switch
    {
        // ROAS is a ratio of revenue to ad spend ("4" means 4 to 1), not a percentage.
        ObjectiveMetric.Roas => LocalFormat.Number(language, Math.Round(value, 2)),
        { } m when IsRate(m) => LocalFormat.Percent(language, value),
        _ => LocalFormat.Number(language, Round(value)),
    };

    /// <summary>An objective's target as stated: "5,000", "+20%", "۲۰٪ رشد".</summary>
    public static string Target(Language language, Objective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (objective.Target is not { } target)
        {
            return string.Empty;
        }

        if (objective.ResolvedTarget() is { } level && objective.Change != TargetChange.Level)
        {
            return Value(language, objective.Metric, level);
        }

        return objective.Unit == TargetUnit.Percent
            ? RelativeChange(language, target, objective.Change == TargetChange.Decrease)
            : Value(language, objective.Metric, target);
    }

    /// <summary>A change in percent: "+20%" or "−20%"; in Persian "۲۰٪ رشد" or "۲۰٪ کاهش", which reads better than a sign.</summary>
    public static string RelativeChange(Language language, decimal percent, bool decrease)
    {
        var amount = LocalFormat.Percent(language, percent);
        return Texts.Format(language, decrease ? ObjectiveText.RelativeDecrease : ObjectiveText.RelativeIncrease, amount);
    }

    /// <summary>"2 months", "3 weeks", "۲ ماه": the span from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static string Span(Language language, DateOnly from, DateOnly to)
    {
        var days = Math.Max(1, to.DayNumber - from.DayNumber);
        if (days < 56)
        {
            var weeks = Math.Max(1, (int)Math.Round(days / 7m, MidpointRounding.AwayFromZero));
            return weeks == 1
                ? Texts.Get(language, ObjectiveText.SpanWeek)
                : Texts.Format(language, ObjectiveText.SpanWeeks, weeks);
        }

        var months = (int)Math.Round(days / 30.44m, MidpointRounding.AwayFromZero);
        return months == 1
            ? Texts.Get(language, ObjectiveText.SpanMonth)
            : Texts.Format(language, ObjectiveText.SpanMonths, months);
    }

    /// <summary>A date as a button title that the date prompt reads back: "30 June 2027", or Jalali "۹ تیر ۱۴۰۶".</summary>
    public static string DateButton(Language language, DateOnly date) =>
        language == Language.Persian ? LocalFormat.JalaliDate(date) : LocalFormat.Date(language, date);

    /// <summary>A date in digits as users type it: "2027-06-30", or Jalali "۱۴۰۶/۰۴/۰۹".</summary>
    public static string NumericDate(Language language, DateOnly date)
    {
        if (language != Language.Persian)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var (year, month, day) = JalaliDate.ToJalali(date);
        return PersianDigits.ToPersian(string.Create(CultureInfo.InvariantCulture, $"{year:0000}/{month:00}/{day:00}"));
    }

    /// <summary>Rates are shown and typed in percent.</summary>
    public static bool IsRate(ObjectiveMetric metric) => MetricTraits.IsRate(metric);

    /// <summary>Costs and response times improve by going down.</summary>
    public static bool LowerIsBetter(ObjectiveMetric metric) => MetricTraits.IsLowerBetter(metric);

    private static decimal Round(decimal value) => Math.Abs(value) >= 100 ? Math.Round(value, 0) : Math.Round(value, 2);
}
