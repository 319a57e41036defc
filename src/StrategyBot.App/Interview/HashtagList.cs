using System.Text;
using System.Text.RegularExpressions;

namespace StrategyBot.App.Interview;

/// <summary>
/// Hashtags as "#tag": "#SaraBakery #BakedWithLove", or items without "#" separated by commas or lines ("SaraBakery,
/// baked with love"; the words of one item are joined with "_", as Persian tags such as #کافه_تهران are written).
/// Duplicates are removed ignoring case.
/// </summary>
internal static partial class HashtagList
{
    public const int MaxTags = 30;
    public const int MaxTagLength = 100;

    /// <summary>Reads an answer the prompt's validator already accepted.</summary>
    public static IReadOnlyList<string> Parse(string text) =>
        TryParse(text, out var tags, out _) ? tags : throw new FormatException("The hashtags were accepted but do not parse.");

    public static bool TryParse(string text, out IReadOnlyList<string> tags, out AnswerProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = AnswerList.Split(text).SelectMany(item => item.Contains('#', StringComparison.Ordinal)
            ? Tagged().Matches(item).Select(m => m.Groups["tag"].Value)
            : [item]);
        var list = new List<string>();
        foreach (var candidate in raw)
        {
            var tag = Normalise(candidate);
            if (tag.Length > 1 && !list.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                list.Add(tag);
            }
        }

        tags = list;
        var tooLong = list.FirstOrDefault(t => t.Length > MaxTagLength);
        problem = list.Count == 0 ? new AnswerProblem(InterviewText.RetryHashtagsNone)
            : list.Count > MaxTags ? new AnswerProblem(InterviewText.RetryHashtagsTooMany, list.Count, MaxTags)
            : tooLong is not null ? new AnswerProblem(InterviewText.RetryListItemTooLong, QuestionScope.Quote(tooLong, 30), MaxTagLength)
            : null;
        return problem is null;
    }

    private static string Normalise(string candidate)
    {
        var builder = new StringBuilder("#");
        foreach (var c in candidate.Trim())
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
            else if ((c == '_' || c == '\u200C' || char.IsWhiteSpace(c) || c == '-') && builder[^1] != '_' && builder.Length > 1)
            {
                builder.Append('_');
            }
        }

        return builder.ToString().TrimEnd('_');
    }

    [GeneratedRegex(@"#+(?<tag>[\p{L}\p{Mn}\p{N}_\u200C]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Tagged();
}
