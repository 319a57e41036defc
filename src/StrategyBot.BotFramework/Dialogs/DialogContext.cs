using Microsoft.Extensions.Logging;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// One turn's view of a dialog stack: the root stack, or the inner stack of a <see cref="ComponentDialog"/>.
/// Everything a dialog keeps between turns lives in <see cref="DialogInstance"/>s on this stack.
/// </summary>
public sealed partial class DialogContext
{
    private readonly IList<DialogInstance> _stack;

    internal DialogContext(
        DialogSet dialogs, TurnContext turn, StateSet state, IList<DialogInstance> stack, DialogContext? parent, ILogger logger)
    {
        Dialogs = dialogs;
        Turn = turn;
        State = state;
        _stack = stack;
        Parent = parent;
        Logger = logger;
    }

    /// <summary>The dialogs this context can begin (its parents' dialogs are searched too).</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn: inbound activity and queued replies.</summary>
    public TurnContext Turn { get; }

    /// <summary>The scope's documents loaded for this turn; saved by the caller after the turn.</summary>
    public StateSet State { get; }

    /// <summary>The context of the component that owns this stack, or null for the root stack.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The stack, bottom first.</summary>
    public IReadOnlyList<DialogInstance> Stack => _stack.AsReadOnly();

    /// <summary>The dialog on top of this stack, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => _stack.Count == 0 ? null : _stack[^1];

    /// <summary>The context of the active dialog's inner stack when that dialog is a container, else null.</summary>
    public DialogContext? Child =>
        ActiveDialog is { } active && FindDialog(active.Id)?.InnerDialogs is { } inner ? CreateChild(inner, active) : null;

    internal ILogger Logger { get; }

    internal IList<DialogInstance> MutableStack => _stack;

    /// <summary>Finds a dialog by id in this context's set or, failing that, in its parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is reachable from this context.");
        _stack.Add(new DialogInstance(dialog.Id, dialog.Version));
        return await dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Begins the prompt <paramref name="promptId"/> with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(promptId, options, cancellationToken);
    }

    /// <summary>Hands the turn to the active dialog; returns <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await RequireDialog(active.Id).ContinueAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        await PopAsync(DialogEndReason.Completed, cancellationToken);
        if (ActiveDialog is not { } parent)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await RequireDialog(parent.Id).ResumeAsync(this, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and begins <paramref name="dialogId"/> in its place (no resume in between).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not null)
        {
            await PopAsync(DialogEndReason.Replaced, cancellationToken);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Cancels every dialog on this stack, top first.</summary>
    public async Task<DialogTurnResult> CancelAllAsync(CancellationToken cancellationToken)
    {
        if (_stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (_stack.Count > 0)
        {
            await PopAsync(DialogEndReason.Cancelled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active question again (the prompt at the top of the innermost stack re-sends itself).</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } active)
        {
            await RequireDialog(active.Id).RepromptAsync(this, cancellationToken);
        }
    }

    internal DialogContext CreateChild(DialogSet dialogs, DialogInstance instance) =>
        new(dialogs, Turn, State, instance.Children, this, Logger);

    private Dialog RequireDialog(string dialogId) =>
        FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is reachable from this context.");

    private async Task PopAsync(DialogEndReason reason, CancellationToken cancellationToken)
    {
        var instance = _stack[^1];
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.OnEndAsync(this, instance, reason, cancellationToken);
        }

        _stack.RemoveAt(_stack.Count - 1);
    }
}
