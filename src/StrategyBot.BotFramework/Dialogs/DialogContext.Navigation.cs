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
}
