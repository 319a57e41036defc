using System.Collections.Frozen;
using System.Globalization;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The texts of the Objectives and Control steps, English and Persian side by side so a reviewer reads both at once.
/// Placeholders are plain "{0}", "{1}"; <see cref="Format"/> gives numbers Persian digits and dates the Jalali form
/// (with the Gregorian date beside it) in Persian.
/// </summary>
internal static partial class ObjectiveTexts
{
    public static FrozenDictionary<ObjectiveText, (string English, string Persian)> Table { get; } =
        SmartEntries().Concat(InterviewEntries()).Concat(ControlEntries()).ToFrozenDictionary(e => e.Key, e => e.Value);

    public static string Get(Language language, ObjectiveText key)
    {
        var (english, persian) = Table.TryGetValue(key, out var entry)
            ? entry
            : throw new KeyNotFoundException($"Objective text {key} has no entry.");
        return language == Language.Persian ? persian : english;
    }

    public static string Format(Language language, ObjectiveText key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var localised = Array.ConvertAll(args, arg => FormatArgument(language, arg));
        return string.Format(CultureInfo.InvariantCulture, Get(language, key), localised);
    }

    private static object? FormatArgument(Language language, object? arg) => arg switch
    {
        int value => LocalFormat.Number(language, value),
        long value => LocalFormat.Number(language, value),
        decimal value => LocalFormat.Number(language, value),
        DateOnly value => LocalFormat.Date(language, value),
        TimeOnly value => LocalFormat.Time(language, value),
        DayOfWeek value => LocalFormat.Weekday(language, value),
        _ => arg,
    };

    // Dictionary entries rather than an initializer with an indexer, so a key listed twice fails at start.
    private static KeyValuePair<ObjectiveText, (string, string)> E(ObjectiveText key, string english, string persian) =>
        new(key, (english, persian));
}
