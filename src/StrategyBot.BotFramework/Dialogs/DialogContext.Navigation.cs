namespace StrategyBot.BotFramework.Dialogs;

/// <summary>The "back" and "skip" commands an interruption handler can run on a stack.</summary>
public sealed partial class DialogContext
{
    /// <summary>True when some dialog on this stack (or inside one) can step back to an earlier question.</summary>
    public bool CanGoBack() => _stack.Any(i => FindDialog(i.Id)?.CanGoBack(this, i) == true);

    /// <summary>
    /// Steps back one question: the topmost dialog that can go back does so, and every dialog above it is cancelled.
    /// Returns null (and changes nothing) when nothing can go back, for example at the very first question.
    /// </summary>
    public async Task<DialogTurnResult?> GoBackAsync(CancellationToken cancellationToken)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var instance = _stack[i];
            if (FindDialog(instance.Id) is not { } dialog || !dialog.CanGoBack(this, instance))
            {
                continue;
            }

            while (_stack.Count > i + 1)
            {
                await PopAsync(DialogEndReason.Cancelled, cancellationToken);
            }

            return await dialog.GoBackAsync(this, cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// Skips the active question when its prompt allows it: the prompt ends with a null result. Returns null (and
    /// changes nothing) when the active question is not optional.
    /// </summary>
    public async Task<DialogTurnResult?> SkipAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active || FindDialog(active.Id) is not { } dialog)
        {
            return null;
        }

        return await dialog.SkipAsync(this, cancellationToken);
    }

    /// <summary>
    /// Asks the active question anew: the prompt at the top of the innermost stack is dropped and the waterfall step
    /// that began it runs again (<see cref="WaterfallStepReason.Repeated"/>), so the question is built from today's
    /// state, for example in a language chosen since, instead of re-sent as stored. Where no waterfall step began
    /// the prompt, the stored question is re-sent.
    /// </summary>
    public async Task<DialogTurnResult> AskAgainFromStepAsync(CancellationToken cancellationToken)
    {
        var innermost = this;
        while (innermost.Child is { } child)
        {
            innermost = child;
        }

        var stack = innermost._stack;
        if (stack.Count < 2 || innermost.FindDialog(stack[^2].Id) is not WaterfallDialog waterfall || innermost.FindDialog(stack[^1].Id) is not { } prompt)
        {
            await RepromptDialogAsync(cancellationToken);
            return DialogTurnResult.Waiting;
        }

        await prompt.OnEndAsync(innermost, stack[^1], DialogEndReason.Replaced, cancellationToken);
        stack.RemoveAt(stack.Count - 1);
        waterfall.OnChildLost(stack[^1]);
        return await ContinueDialogAsync(cancellationToken);
    }
}
