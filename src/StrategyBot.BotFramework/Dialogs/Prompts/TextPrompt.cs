using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks for free text. The answer is trimmed (invisible marks too) and stripped of control characters; empty answers are re-asked, and
/// answers over <see cref="PromptOptions.MaxLength"/> (default <see cref="DefaultMaxLength"/>) get the too-long text.
/// </summary>
public sealed class TextPrompt : Prompt<string>
{
    /// <summary>The length limit when the options set none; keeps one answer well inside a stored document.</summary>
    public const int DefaultMaxLength = 4000;

    /// <summary>Creates a text prompt.</summary>
    public TextPrompt(string id, PromptValidator<string>? validator = null)
        : base(id, validator)
    {
    }

    /// <inheritdoc />
    protected override PromptRecognition<string> Recognize(TurnContext turn, string input, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var text = InputText.TrimInvisible(InputText.StripControl(input));
        if (text.Length == 0)
        {
            return new PromptRecognition<string>(PromptFailure.NotRecognized);
        }

        return text.Length > (options.MaxLength ?? DefaultMaxLength)
            ? new PromptRecognition<string>(PromptFailure.TooLong)
            : new PromptRecognition<string>(text);
    }
}
