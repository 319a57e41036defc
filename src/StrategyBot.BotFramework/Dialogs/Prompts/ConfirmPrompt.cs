using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question. Understands English and Persian yes/no words, a card toggle's "true"/"false", and the
/// labels in <see cref="PromptOptions.Choices"/> (yes first, then no), which are also offered as suggested actions.
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    private static readonly HashSet<string> Yes = Words(
        "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "true", "of course", "certainly",
        "بله", "بلی", "آره", "اره", "آری", "باشه", "حتما", "حتماً", "درسته");

    private static readonly HashSet<string> No = Words(
        "no", "n", "nope", "nah", "false", "not really",
        "نه", "خیر", "نخیر", "نمی‌خواهم", "نمیخوام");

    /// <summary>Creates a confirm prompt.</summary>
    public ConfirmPrompt(string id, PromptValidator<bool>? validator = null)
        : base(id, validator)
    {
    }

    /// <inheritdoc />
    protected override PromptRecognition<bool> Recognize(TurnContext turn, string input, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (input.Length > InputText.MaxRecognizedLength)
        {
            return new PromptRecognition<bool>(PromptFailure.NotRecognized);
        }

        var text = InputText.Fold(input);
        if (options.Choices.Count >= 2 && ChoiceRecognizer.Recognize(input, [options.Choices[0], options.Choices[1]]) is { } label)
        {
            return new PromptRecognition<bool>(label.Index == 0);
        }

        var firstWord = text.Split(' ', ',', '\u060C')[0];
        if (IsIn(Yes, text, firstWord))
        {
            return new PromptRecognition<bool>(true);
        }

        return IsIn(No, text, firstWord)
            ? new PromptRecognition<bool>(false)
            : new PromptRecognition<bool>(PromptFailure.NotRecognized);
    }

    /// <inheritdoc />
    protected override void Decorate(Activity question, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(options);
        var labels = options.Choices.Count >= 2
            ? new[] { options.Choices[0].DisplayTitle, options.Choices[1].DisplayTitle }
            : ["Yes", "No"];
        question.SuggestedActions = new SuggestedActions
        {
            Actions = [.. labels.Select(l => new CardAction { Type = "imBack", Title = l, Value = l })],
        };
    }

    private static HashSet<string> Words(params string[] words) => new(words.Select(InputText.Fold), StringComparer.Ordinal);

    private static bool IsIn(HashSet<string> words, string text, string firstWord) =>
        words.Contains(text) || words.Contains(firstWord);
}
