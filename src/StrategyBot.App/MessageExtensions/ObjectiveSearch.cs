using System.Globalization;
using System.Text;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// "My objectives": the plan's objectives whose text, metric or platform contain every word of the query, compared
/// without case, diacritics (é, Persian short vowels), Arabic letter forms or digit sets, so «۲۰» finds "20".
/// </summary>
internal static class ObjectiveSearch
{
    /// <summary>A query longer than this is cut: nobody types more into a search box.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The matching objectives with their 1-based number in the plan, in plan order.</summary>
    public static IReadOnlyList<(Objective Objective, int Number)> Find(MarketingPlan plan, string? query)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var words = Fold(query is { Length: > MaxQueryLength } ? query[..MaxQueryLength] : query ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. plan.Objectives
            .Select((objective, index) => (Objective: objective, Number: index + 1))
            .Where(x => words.Length == 0 || Matches(Haystack(x.Objective), words))];
    }

    /// <summary>Text folded for comparison: lower case, Latin digits, Persian letter forms, no marks, no tatweel, spaces for any separator.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = TextNormalizer.ForMatching(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark || c == '\u0640')
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool Matches(string haystack, string[] words) =>
        words.All(word => haystack.Contains(word, StringComparison.Ordinal));

    // The objective as written plus its metric and platform in both languages, so "reach" finds «افزایش دسترسی».
    private static string Haystack(Objective objective)
    {
        var parts = new List<string> { objective.Text };
        foreach (var language in new[] { Language.English, Language.Persian })
        {
            if (objective.Metric is { } metric)
            {
                parts.Add(ObjectiveNames.Metric(language, metric));
            }

            if (objective.Platform is { } platform)
            {
                parts.Add(ObjectiveNames.Platform(language, platform));
            }
        }

        return Fold(string.Join(' ', parts));
    }
}
