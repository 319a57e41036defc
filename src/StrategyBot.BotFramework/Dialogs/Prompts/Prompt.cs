using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Base of all prompts: sends the question, recognises each answer, runs the optional validator with the attempt
/// count, and re-asks with the retry text until an answer is accepted. Non-message activities are ignored.
/// </summary>
public abstract class Prompt<T> : Dialog, IPromptCheck
{
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

        PromptState.Begin(dc, promptOptions);
        Send(dc, promptOptions, promptOptions.Prompt?.ShallowCopy());
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
        var options = PromptState.LoadOptions(instance);
        var attempts = PromptState.NextAttempt(instance);

        var input = PromptInput.From(dc.Turn.Activity, options.InputId);
        var recognized = Recognize(dc.Turn, input, options);
        var context = new PromptValidatorContext<T>(dc.Turn, recognized, options, attempts, input);
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
        var retry = RetryQuestion(dc, options, retryText);
        if (retry is not null && context.RetryReplies is { Count: > 0 } replies)
        {
            retry.SuggestedActions = new SuggestedActions { Actions = [.. replies.Select(r => new CardAction { Title = r, Value = r })] };
        }

        Send(dc, options, retry);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public async Task<PromptCheck> CheckAsync(TurnContext turn, string input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var recognized = Recognize(turn, input, options);
        var context = new PromptValidatorContext<T>(turn, recognized, options, 1, input);
        var accepted = _validator is null ? recognized.Succeeded : await _validator(context, cancellationToken);
        if (accepted)
        {
            return PromptCheck.Accepted(recognized.Value);
        }

        return PromptCheck.Refused(context.RetryText ?? recognized.Failure switch
        {
            PromptFailure.TooLong => options.TooLongText,
            PromptFailure.OutOfRange => options.OutOfRangeText,
            _ => null,
        } ?? options.RetryText);
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
        Send(dc, PromptState.LoadOptions(dc.ActiveDialog!), PromptState.Question(dc, retry: false));
        return Task.CompletedTask;
    }

    /// <summary>Ends with a null result when the options allow skipping.</summary>
    public override async Task<DialogTurnResult?> SkipAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return PromptState.LoadOptions(dc.ActiveDialog!).AllowSkip ? await dc.EndDialogAsync(null, cancellationToken) : null;
    }

    /// <summary>Turns the answer text (typed, or a card input's value) into a value.</summary>
    protected abstract PromptRecognition<T> Recognize(TurnContext turn, string input, PromptOptions options);

    /// <summary>Adds prompt-specific parts to the outgoing question, for example suggested actions.</summary>
    protected virtual void Decorate(Activity question, PromptOptions options)
    {
    }

    // The question activity is only materialised here, on the way out: an accepted answer never reads the card.
    private static Activity? RetryQuestion(DialogContext dc, PromptOptions options, string? retryText)
    {
        if (retryText is not null)
        {
            return new Activity { Text = retryText };
        }

        return PromptState.Question(dc, retry: true)
            ?? (options.RetryText is not null ? new Activity { Text = options.RetryText } : PromptState.Question(dc, retry: false));
    }

    private void Send(DialogContext dc, PromptOptions options, Activity? question)
    {
        // Without a question activity (or when the step that asked can no longer rebuild it, say after a deploy
        // removed the question) the text is asked, or failing that the retry, which repeats the question.
        question ??= new Activity { Text = options.Text ?? options.RetryText };
        question.Type ??= ActivityTypes.Message;
        Decorate(question, options);
        dc.Turn.Send(question);
    }
}
