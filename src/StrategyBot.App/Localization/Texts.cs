using System.Globalization;
using StrategyBot.App.Interview;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Localization;

/// <summary>
/// Looks up user-facing text in any catalogue (<see cref="TextCatalogues"/>): the key's type picks the catalogue. The
/// tables are C# rather than JSON resources so a key is checked by the compiler, nothing is parsed or read at run
/// time, and a text change is reviewed in the same diff as the code that uses it.
/// </summary>
public static class Texts
{
    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>.</summary>
    public static string Get<TKey>(Language language, TKey key)
        where TKey : struct, Enum => TextCatalogues.Of<TKey>().Get(language, key);

    /// <summary>
    /// The text with its "{0}", "{1}" placeholders filled. Numbers, dates, times and weekdays are formatted for the
    /// language by <see cref="LocalFormat"/>, so a Persian text gets Persian digits without the caller's help.
    /// </summary>
    public static string Format<TKey>(Language language, TKey key, params object?[] args)
        where TKey : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(args);
        var localised = Array.ConvertAll(args, arg => FormatArgument(language, arg));
        return string.Format(CultureInfo.InvariantCulture, Get(language, key), localised);
    }

    // Dates take the Jalali form (Gregorian beside it) in Persian; platforms, steps and budget kinds their names.
    private static object? FormatArgument(Language language, object? arg) => arg switch
    {
        int value => LocalFormat.Number(language, value),
        long value => LocalFormat.Number(language, value),
        decimal value => LocalFormat.Number(language, value),
        double value when double.IsFinite(value) => LocalFormat.Number(language, (decimal)value),
        DateOnly value => LocalFormat.Date(language, value),
        TimeOnly value => LocalFormat.Time(language, value),
        DayOfWeek value => LocalFormat.Weekday(language, value),
        PercentValue value => LocalFormat.Percent(language, value.Value, maxDecimals: 2),
        Platform value => ObjectiveNames.Platform(language, value),
        PlatformList value => ObjectiveNames.JoinPlatforms(language, value.Platforms),
        SostacStep value => InterviewTexts.StepName(language, value),
        BudgetStrategy value => BudgetWord(language, value),
        BudgetLineLabel value => ObjectiveNames.Platform(language, value.Platform) + " " + BudgetWord(language, value.Strategy),
        _ => arg,
    };

    private static string BudgetWord(Language language, BudgetStrategy strategy) => Get(language, strategy switch
    {
        BudgetStrategy.Paid => InterviewText.WordPaid,
        BudgetStrategy.Influencers => InterviewText.WordInfluencers,
        _ => InterviewText.WordOrganic,
    });
}
