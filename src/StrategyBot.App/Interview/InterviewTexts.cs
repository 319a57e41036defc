using System.Collections.Frozen;
using System.Globalization;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// The interview's texts, English and Persian side by side so a reviewer reads both at once: the conversation's
/// own here, what each step asks in <see cref="StepQuestionTexts"/>. Placeholders are plain
/// "{0}", "{1}"; <see cref="Format"/> gives numbers Persian digits, dates the Jalali form (Gregorian beside it) and
/// platforms, steps and percentages their names in the user's language.
/// </summary>
internal static partial class InterviewTexts
{
    public static FrozenDictionary<InterviewText, (string English, string Persian)> Table { get; } =
        ConversationEntries().Concat(AnswerEntries()).Concat(StepQuestionTexts.SituationEntries()).Concat(StepQuestionTexts.StrategyEntries())
            .Concat(StepQuestionTexts.TacticsEntries()).Concat(StepQuestionTexts.ActionEntries())
            .ToFrozenDictionary(e => e.Key, e => e.Value);

    public static string Get(Language language, InterviewText key)
    {
        var (english, persian) = Table.TryGetValue(key, out var entry)
            ? entry
            : throw new KeyNotFoundException($"Interview text {key} has no entry.");
        return language == Language.Persian ? persian : english;
    }

    public static string Format(Language language, InterviewText key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var localised = Array.ConvertAll(args, arg => FormatArgument(language, arg));
        return string.Format(CultureInfo.InvariantCulture, Get(language, key), localised);
    }

    /// <summary>The name of a SOSTAC step in the user's language.</summary>
    public static string StepName(Language language, SostacStep step) => Texts.Get(language, step switch
    {
        SostacStep.Situation => TextKey.StepSituation,
        SostacStep.Objectives => TextKey.StepObjectives,
        SostacStep.Strategy => TextKey.StepStrategy,
        SostacStep.Tactics => TextKey.StepTactics,
        SostacStep.Action => TextKey.StepAction,
        _ => TextKey.StepControl,
    });

    private static object? FormatArgument(Language language, object? arg) => arg switch
    {
        int value => LocalFormat.Number(language, value),
        long value => LocalFormat.Number(language, value),
        decimal value => LocalFormat.Number(language, value),
        DateOnly value => LocalFormat.Date(language, value),
        PercentValue value => LocalFormat.Percent(language, value.Value, maxDecimals: 2),
        Platform value => ObjectiveNames.Platform(language, value),
        PlatformList value => ObjectiveNames.JoinPlatforms(language, value.Platforms),
        SostacStep value => StepName(language, value),
        BudgetStrategy value => Get(language, value == BudgetStrategy.Paid ? InterviewText.WordPaid : InterviewText.WordOrganic),
        BudgetLineLabel value => ObjectiveNames.Platform(language, value.Platform) + " "
            + Get(language, value.Strategy == BudgetStrategy.Paid ? InterviewText.WordPaid : InterviewText.WordOrganic),
        _ => arg,
    };

    // Dictionary entries rather than an initializer with an indexer, so a key listed twice fails at start.
    internal static KeyValuePair<InterviewText, (string, string)> E(InterviewText key, string english, string persian) =>
        new(key, (english, persian));
}
