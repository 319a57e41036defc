using System.Text;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>. The choices go out as imBack suggested actions
/// (one tap on desktop and mobile) and, numbered, under the question, and typing a number, title or synonym works too.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>Creates a choice prompt.</summary>
    public ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null)
        : base(id, validator)
    {
    }

    /// <inheritdoc />
    protected override PromptRecognition<FoundChoice> Recognize(TurnContext turn, string input, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return ChoiceRecognizer.Recognize(input, options.Choices) is { } found
            ? new PromptRecognition<FoundChoice>(found)
            : new PromptRecognition<FoundChoice>(PromptFailure.NotRecognized);
    }

    /// <inheritdoc />
    protected override void Decorate(Activity question, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Choices.Count == 0)
        {
            return;
        }

        question.SuggestedActions = new SuggestedActions
        {
            Actions = [.. options.Choices.Select(c => new CardAction { Type = "imBack", Title = c.DisplayTitle, Value = c.DisplayTitle })],
        };
        if (options.ListChoicesInText && !string.IsNullOrEmpty(question.Text))
        {
            var list = new StringBuilder(question.Text).Append("\n\n");
            var locale = question.Locale ?? options.Locale;
            for (var i = 0; i < options.Choices.Count; i++)
            {
                list.Append(InputText.ListNumber(i + 1, locale)).Append(". ").Append(options.Choices[i].DisplayTitle).Append('\n');
            }

            question.Text = list.ToString().TrimEnd('\n');
        }
    }
}
