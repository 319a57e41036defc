using System.Text.RegularExpressions;

namespace StrategyBot.App.Interview;

/// <summary>
/// Reads a list the way people type one: one item per line, or separated by commas (English or Persian) or
/// semicolons, with or without bullets and numbers. Items without a letter or digit (a lone emoji) are dropped.
/// </summary>
internal static partial class AnswerList
{
    public const int MaxItems = 20;
    public const int MaxItemLength = 200;

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<string>();
        foreach (var raw in Separators().Split(text))
        {
            var item = Bullet().Replace(raw, string.Empty).Trim().TrimEnd('.', '。');
            if (item.Any(char.IsLetterOrDigit) && !items.Contains(item, StringComparer.OrdinalIgnoreCase))
            {
                items.Add(item);
            }
        }

        return items;
    }

    public static bool TryParse(string text, out IReadOnlyList<string> items, out AnswerProblem? problem)
    {
        items = Split(text);
        problem = Check(items);
        return problem is null;
    }

    /// <summary>The problem with a list of items, or null when it is fine.</summary>
    public static AnswerProblem? Check(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return new AnswerProblem(InterviewText.RetryListEmpty);
        }

        if (items.Count > MaxItems)
        {
            return new AnswerProblem(InterviewText.RetryListTooMany, items.Count, MaxItems);
        }

        var tooLong = items.FirstOrDefault(i => i.Length > MaxItemLength);
        return tooLong is null ? null : new AnswerProblem(InterviewText.RetryListItemTooLong, QuestionScope.Quote(tooLong, 30), MaxItemLength);
    }

    [GeneratedRegex(@"\r\n|[\r\n,،;؛•]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\s*(?:[-*·]+|[0-9۰-۹]{1,2}[.)\-])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();
}
