using System.Collections.Frozen;
using System.Globalization;
using StrategyBot.App.Localization;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The check-in texts, English and Persian side by side so a reviewer reads both at once. Placeholders are plain
/// "{0}", "{1}"; <see cref="Format"/> gives numbers Persian digits and dates the Jalali form in Persian.
/// </summary>
internal static partial class CheckInTexts
{
    public static FrozenDictionary<CheckInText, (string English, string Persian)> Table { get; } =
        CardEntries().Concat(ResultEntries()).Concat(ReplyEntries()).Concat(AnsweredEntries()).ToFrozenDictionary(e => e.Key, e => e.Value);

    public static string Get(Language language, CheckInText key)
    {
        var (english, persian) = Table.TryGetValue(key, out var entry)
            ? entry
            : throw new KeyNotFoundException($"Check-in text {key} has no entry.");
        return language == Language.Persian ? persian : english;
    }

    public static string Format(Language language, CheckInText key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var localised = Array.ConvertAll(args, arg => arg switch
        {
            int value => LocalFormat.Number(language, value),
            decimal value => LocalFormat.Number(language, value),
            DateOnly value => LocalFormat.Date(language, value),
            TimeOnly value => LocalFormat.Time(language, value),
            DayOfWeek value => LocalFormat.Weekday(language, value),
            _ => arg,
        });
        return string.Format(CultureInfo.InvariantCulture, Get(language, key), localised);
    }

    private static KeyValuePair<CheckInText, (string, string)> E(CheckInText key, string english, string persian) =>
        new(key, (english, persian));
}
