using System.Globalization;

namespace StrategyBot.Domain.Smart;

/// <summary>Small counts written as words ("three months", "سه ماه") or digits.</summary>
internal static class NumberWords
{
    public const string EnglishPattern = @"\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    public const string PersianPattern = @"\d+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده";

    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["یک"] = 1, ["دو"] = 2, ["سه"] = 3, ["چهار"] = 4, ["پنج"] = 5, ["شش"] = 6,
        ["هفت"] = 7, ["هشت"] = 8, ["نه"] = 9, ["ده"] = 10, ["یازده"] = 11, ["دوازده"] = 12,
    };

    public static int? Parse(string text) =>
        Words.TryGetValue(text, out var value) ? value
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : null;
}
