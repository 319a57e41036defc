using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>Asks for a number (any digit set, separators, "10k"); enforces <see cref="PromptOptions.Min"/>/<see cref="PromptOptions.Max"/>.</summary>
public sealed class NumberPrompt : Prompt<decimal>
{
    private readonly NumberReader _reader;

    /// <summary>Creates a number prompt that reads answers with <paramref name="reader"/>, or with the built-in recognizer.</summary>
    public NumberPrompt(string id, PromptValidator<decimal>? validator = null, NumberReader? reader = null)
        : base(id, validator)
    {
        _reader = reader ?? NumberRecognizer.TryRecognize;
    }

    /// <inheritdoc />
    protected override PromptRecognition<decimal> Recognize(TurnContext turn, string input, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (input.Length > InputText.MaxRecognizedLength || !_reader(input, out var value))
        {
            return new PromptRecognition<decimal>(PromptFailure.NotRecognized);
        }

        return value < options.Min || value > options.Max
            ? new PromptRecognition<decimal>(PromptFailure.OutOfRange)
            : new PromptRecognition<decimal>(value);
    }
}
