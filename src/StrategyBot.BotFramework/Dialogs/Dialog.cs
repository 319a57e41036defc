using Microsoft.Extensions.Logging;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// A unit of conversation that lives on the dialog stack across turns. Subclasses keep everything they need between
/// turns in their <see cref="DialogInstance"/> (<see cref="DialogContext.ActiveDialog"/>), never in fields.
/// </summary>
public abstract class Dialog
{
    /// <summary>Creates a dialog with a unique id.</summary>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The dialog's id, unique within its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>A stamp that changes when the dialog's persisted shape changes; stored with every instance.</summary>
    public virtual string Version => "1";

    /// <summary>Called when the dialog is pushed; <paramref name="options"/> come from the caller.</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called with a new activity while this dialog is the active one. By default it ends.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a dialog this one started has ended with <paramref name="result"/>. By default it ends too.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user the current question again, for example after a "help" interruption.</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called as the instance leaves the stack.</summary>
    public virtual Task OnEndAsync(
        DialogContext dc, DialogInstance instance, DialogEndReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>True when the dialog (or one inside it) can step back to an earlier question.</summary>
    public virtual bool CanGoBack(DialogContext dc, DialogInstance instance) => false;

    /// <summary>Steps back to the previous question; only called when <see cref="CanGoBack"/> is true and it is active.</summary>
    public virtual Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Dialog '{Id}' cannot go back.");

    /// <summary>Skips the active question when it is optional; null when it cannot be skipped.</summary>
    public virtual Task<DialogTurnResult?> SkipAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    /// <summary>
    /// Brings a persisted instance stamped with another <see cref="Version"/> up to date before the turn runs.
    /// Returns true when the dialogs above it on the stack are no longer valid and must be dropped.
    /// </summary>
    internal virtual bool Upgrade(DialogInstance instance, ILogger logger)
    {
        instance.Version = Version;
        return false;
    }

    /// <summary>Called when a dialog above this one vanished in a deploy; it should ask its question again.</summary>
    internal virtual void OnChildLost(DialogInstance instance)
    {
    }

    /// <summary>True when this dialog, as it stands in <paramref name="instance"/>, can rebuild the prompt it began.</summary>
    internal virtual bool CanRebuildPrompt(DialogInstance instance) => false;

    /// <summary>Rebuilds the options of the prompt this dialog began; null when it cannot.</summary>
    internal virtual PromptOptions? RebuildPrompt(DialogContext dc, DialogInstance instance) => null;

    /// <summary>The dialogs inside this one, for containers.</summary>
    internal virtual DialogSet? InnerDialogs => null;
}
