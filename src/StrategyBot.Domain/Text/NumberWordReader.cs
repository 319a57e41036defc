namespace StrategyBot.Domain.Text;

/// <summary>
/// Numbers written as words, in English ("two thousand five hundred", "one and a half million", "half a million",
/// "twenty-five") and Persian («سه هزار», «صد و پنجاه», «دو هزار و پانصد», «یک و نیم میلیون», «نیم میلیارد»).
/// Works on text already folded by <see cref="TextNormalizer.ForMatching"/> (lower case, half-spaces as spaces).
/// </summary>
public static class NumberWordReader
{
    private static readonly Dictionary<string, decimal> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["صفر"] = 0, ["یک"] = 1, ["دو"] = 2, ["سه"] = 3, ["چهار"] = 4, ["پنج"] = 5, ["شش"] = 6, ["هفت"] = 7, ["هشت"] = 8,
        ["نه"] = 9, ["ده"] = 10, ["یازده"] = 11, ["دوازده"] = 12, ["سیزده"] = 13, ["چهارده"] = 14, ["پانزده"] = 15,
        ["شانزده"] = 16, ["هفده"] = 17, ["هجده"] = 18, ["هیجده"] = 18, ["نوزده"] = 19, ["بیست"] = 20, ["سی"] = 30,
        ["چهل"] = 40, ["پنجاه"] = 50, ["شصت"] = 60, ["هفتاد"] = 70, ["هشتاد"] = 80, ["نود"] = 90,
        ["صد"] = 100, ["یکصد"] = 100, ["دویست"] = 200, ["سیصد"] = 300, ["چهارصد"] = 400, ["پانصد"] = 500, ["ششصد"] = 600,
        ["هفتصد"] = 700, ["هشتصد"] = 800, ["نهصد"] = 900,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["هزار"] = 1_000m, ["میلیون"] = 1_000_000m, ["میلیارد"] = 1_000_000_000m,
    };

    /// <summary>
    /// A regular-expression fragment for one run of number words, joined by spaces, hyphens, "and" or «و». It may
    /// start with "a", "half a" or «نیم» only where a scale follows ("a million", "half a million"); the run's value
    /// comes from <see cref="TryRead"/>. A constant, for generated regular expressions; its words are the tables'
    /// keys, longest first so "seventeen" is not read as "seven" (a test holds the two together).
    /// </summary>
    public const string Pattern =
        @"(?<![\p{L}])(?:(?:a|half\s+a|نیم)\s+(?=(?:thousand|million|billion|hundred|هزار|میلیون|میلیارد)(?!\p{L})))?"
        + Word + @"(?!\p{L})(?:(?:\s+(?:and\s+(?:a\s+)?|و\s+)?|-)(?:(?:half|نیم)\s+)?" + Word + @"(?!\p{L}))*";

    internal const string Word =
        @"(?:seventeen|eighteen|fourteen|nineteen|thirteen|thousand|billion|fifteen|hundred|million|"
        + @"seventy|sixteen|میلیارد|eighty|eleven|ninety|thirty|twelve|twenty|دوازده|شانزده|میلیون|"
        + @"پانزده|چهارده|چهارصد|eight|fifty|forty|seven|sixty|three|دویست|سیزده|نوزده|هشتاد|هشتصد|"
        + @"هفتاد|هفتصد|هیجده|پانصد|پنجاه|یازده|five|four|nine|zero|بیست|سیصد|ششصد|نهصد|هجده|هزار|"
        + @"هفده|چهار|یکصد|one|six|ten|two|شصت|صفر|نود|هشت|هفت|پنج|چهل|ده|دو|سه|سی|شش|صد|نه|یک)";

    /// <summary>The value of a run matched by <see cref="Pattern"/>; false when the words do not make one number.</summary>
    public static bool TryRead(string run, out decimal value, out bool hasScale)
    {
        ArgumentNullException.ThrowIfNull(run);
        value = 0;
        hasScale = false;
        decimal total = 0, current = 0;
        var any = false;
        var half = false;
        foreach (var word in run.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "and" or "و" or "a")
            {
                continue;
            }

            if (word is "half" or "نیم")
            {
                half = true;
                continue;
            }

            if (word == "hundred")
            {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                // "one and a half million" and «یک و نیم میلیون»: the half belongs to the scale's multiplier.
                var multiplier = (current == 0 && !half ? 1 : current) + (half ? 0.5m : 0);
                total += multiplier * scale;
                current = 0;
                half = false;
                hasScale = true;
                any = true;
            }
            else if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
                any = true;
            }
            else
            {
                return false;
            }
        }

        if (!any || half)
        {
            return false;
        }

        value = total + current;
        return true;
    }
}
