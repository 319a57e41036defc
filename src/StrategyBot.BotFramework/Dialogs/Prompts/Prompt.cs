using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Base of all prompts: sends the question, recognises each answer, runs the optional validator with the attempt
/// count, and re-asks with the retry text until an answer is accepted. Non-message activities are ignored.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";
    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates a prompt.</summary>
    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id)
    {
        _validator = validator;
    }

    /// <summary>Persists the options and asks the question; <paramref name="options"/> must be <see cref="PromptOptions"/>.</summary>
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with {nameof(PromptOptions)}.", nameof(options));
        }

        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = DialogJson.ToObject(promptOptions, nameof(PromptOptions));
        instance.State[AttemptsKey] = 0;
        Send(dc.Turn, LoadOptions(instance), retry: false, null);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    /// <summary>Recognises and validates the answer; ends with the value or re-asks.</summary>
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var options = LoadOptions(instance);
        var attempts = (instance.State[AttemptsKey] is JsonValue count && count.TryGetValue<int>(out var n) ? n : 0) + 1;
        instance.State[AttemptsKey] = attempts;

        var recognized = Recognize(dc.Turn, PromptInput.From(dc.Turn.Activity, options.InputId), options);
        var context = new PromptValidatorContext<T>(dc.Turn, recognized, options, attempts);
        var accepted = _validator is null ? recognized.Succeeded : await _validator(context, cancellationToken);
        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        var retryText = context.RetryText ?? recognized.Failure switch
        {
            PromptFailure.TooLong => options.TooLongText,
            PromptFailure.OutOfRange => options.OutOfRangeText,
            _ => null,
        };
        Send(dc.Turn, options, retry: true, retryText);
        return DialogTurnResult.Waiting;
    }

    /// <summary>A dialog started over the prompt (for example by an interruption) ended: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        Send(dc.Turn, LoadOptions(dc.ActiveDialog!), retry: false, null);
        return Task.CompletedTask;
    }

    /// <summary>Ends with a null result when the options allow skipping.</summary>
    public override async Task<DialogTurnResult?> SkipAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return LoadOptions(dc.ActiveDialog!).AllowSkip ? await dc.EndDialogAsync(null, cancellationToken) : null;
    }

    /// <summary>Turns the answer text (typed, or a card input's value) into a value.</summary>
    protected abstract PromptRecognition<T> Recognize(TurnContext turn, string input, PromptOptions options);

    /// <summary>Adds prompt-specific parts to the outgoing question, for example suggested actions.</summary>
    protected virtual void Decorate(Activity question, PromptOptions options)
    {
    }

    // Options are read back from the stack every time, so the first turn behaves exactly like a resumed one and
    // the activities sent are fresh copies that the caller's options object never shares.
    private static PromptOptions LoadOptions(DialogInstance instance) =>
        instance.State[OptionsKey].Deserialize<PromptOptions>(DialogJson.Options)
        ?? throw new InvalidOperationException($"Prompt '{instance.Id}' has no options on the stack.");

    private void Send(TurnContext turn, PromptOptions options, bool retry, string? retryText)
    {
        Activity question;
        if (retry && retryText is not null)
        {
            question = new Activity { Text = retryText };
        }
        else if (retry && options.RetryPrompt is not null)
        {
            question = options.RetryPrompt;
        }
        else if (retry && options.RetryText is not null)
        {
            question = new Activity { Text = options.RetryText };
        }
        else if (options.Prompt is not null)
        {
            question = options.Prompt;
        }
        else
        {
            question = new Activity { Text = options.Text };
        }

        question.Type ??= ActivityTypes.Message;
        Decorate(question, options);
        turn.Send(question);
    }
}
