using System.Collections.Frozen;
using System.Globalization;

namespace StrategyBot.App.Localization;

/// <summary>
/// Looks up user-facing text. The tables are C# rather than JSON resources so a key is checked by the compiler,
/// nothing is parsed or read at run time, and a text change is reviewed in the same diff as the code that uses it.
/// </summary>
public static class Texts
{
    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>.</summary>
    public static string Get(Language language, TextKey key)
    {
        var table = Table(language);
        return table.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"Text {key} has no {language} entry.");
    }

    /// <summary>
    /// The text with its "{0}", "{1}" placeholders filled. Numbers, dates, times and weekdays are formatted for the
    /// language by <see cref="LocalFormat"/>, so a Persian text gets Persian digits without the caller's help.
    /// </summary>
    public static string Format(Language language, TextKey key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var localised = Array.ConvertAll(args, arg => FormatArgument(language, arg));
        return string.Format(CultureInfo.InvariantCulture, Get(language, key), localised);
    }

    /// <summary>Every key with its text in one language, for the parity test and for reviewers.</summary>
    public static IReadOnlyDictionary<TextKey, string> All(Language language) => Table(language);

    private static FrozenDictionary<TextKey, string> Table(Language language) =>
        language == Language.Persian ? PersianTexts.Table : EnglishTexts.Table;

    private static object? FormatArgument(Language language, object? arg) => arg switch
    {
        int value => LocalFormat.Number(language, value),
        long value => LocalFormat.Number(language, value),
        decimal value => LocalFormat.Number(language, value),
        double value when double.IsFinite(value) => LocalFormat.Number(language, (decimal)value),
        DateOnly value => LocalFormat.Date(language, value),
        TimeOnly value => LocalFormat.Time(language, value),
        DayOfWeek value => LocalFormat.Weekday(language, value),
        _ => arg,
    };
}
