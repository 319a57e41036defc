using System.Globalization;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Picks a choice from an answer: by its number ("2", "۲", "#2"), by value, title or synonym (case-insensitive,
/// Persian letter variants folded), or by a sentence that names exactly one choice ("let's go with sales").
/// </summary>
internal static class ChoiceRecognizer
{
    private const int MinContainedLength = 3;

    public static FoundChoice? Recognize(string input, IList<Choice> choices)
    {
        if (choices.Count == 0 || input.Length > InputText.MaxRecognizedLength)
        {
            return null;
        }

        var text = InputText.Fold(input);
        if (text.Length == 0)
        {
            return null;
        }

        var number = text.TrimStart('#').TrimEnd(')', '-');
        if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && position >= 1 && position <= choices.Count)
        {
            return Found(choices, position - 1);
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (Terms(choices[i]).Any(term => term == text))
            {
                return Found(choices, i);
            }
        }

        var named = Enumerable.Range(0, choices.Count)
            .Where(i => Terms(choices[i]).Any(term => term.Length >= MinContainedLength && ContainsWord(text, term)))
            .Take(2)
            .ToList();
        return named.Count == 1 ? Found(choices, named[0]) : null;
    }

    private static FoundChoice Found(IList<Choice> choices, int index) => new(choices[index].Value, index);

    private static IEnumerable<string> Terms(Choice choice) =>
        new[] { choice.Value, choice.DisplayTitle }.Concat(choice.Synonyms).Select(InputText.Fold).Where(t => t.Length > 0);

    private static bool ContainsWord(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }
}
