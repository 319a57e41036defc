using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of child dialogs with their own inner stack, starting with <see cref="InitialDialogId"/>.
/// Override <see cref="OnInterruptAsync"/> to handle global commands (help, back, cancel, ...) before the active
/// child sees the message; components nested inside each other are asked outermost first.
/// </summary>
public abstract class ComponentDialog : Dialog
{
    private readonly DialogSet _dialogs = new();
    private string? _version;

    /// <summary>Creates a component; add children in the derived constructor with <see cref="AddDialog"/>.</summary>
    protected ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The child begun when the component begins; defaults to the first child added.</summary>
    public string? InitialDialogId { get; protected set; }

    /// <summary>Derived from the children's ids, so adding, removing or renaming a child changes it.</summary>
    public override string Version =>
        _version ??= VersionStamp.From("component", [InitialDialogId ?? string.Empty, .. _dialogs.Dialogs.Select(d => d.Id)]);

    internal override DialogSet InnerDialogs => _dialogs;

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateInnerContext(dc);
        var result = await OnBeginAsync(inner, options, cancellationToken);
        return await EndWhenInnerDoneAsync(dc, result, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateInnerContext(dc);
        DialogTurnResult result;
        if (inner.ActiveDialog is null)
        {
            // The children were dropped (a deploy removed them): start this component over rather than strand the user.
            result = await OnBeginAsync(inner, null, cancellationToken);
        }
        else
        {
            // Invokes are offered too: an Action.Execute from a form card is answered by the component that asked it.
            var interrupted = dc.Turn.Activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
                ? await OnInterruptAsync(inner, cancellationToken)
                : null;
            result = interrupted ?? await OnContinueAsync(inner, cancellationToken);
        }

        return await EndWhenInnerDoneAsync(dc, result, cancellationToken);
    }

    /// <summary>A dialog pushed above the component ended: ask the component's current question again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        CreateInnerContext(dc).RepromptDialogAsync(cancellationToken);

    /// <inheritdoc />
    public override async Task OnEndAsync(
        DialogContext dc, DialogInstance instance, DialogEndReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogEndReason.Cancelled)
        {
            await dc.CreateChild(_dialogs, instance).CancelAllAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public override bool CanGoBack(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        return dc.CreateChild(_dialogs, instance).CanGoBack();
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var result = await CreateInnerContext(dc).GoBackAsync(cancellationToken) ?? DialogTurnResult.Waiting;
        return await EndWhenInnerDoneAsync(dc, result, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult?> SkipAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var result = await CreateInnerContext(dc).SkipAsync(cancellationToken);
        return result is null ? null : await EndWhenInnerDoneAsync(dc, result, cancellationToken);
    }

    /// <summary>Adds a child dialog; the first one added becomes <see cref="InitialDialogId"/> unless set.</summary>
    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        _version = null;
        return this;
    }

    /// <summary>
    /// Sees every message and invoke before the active child does (prompts ignore invokes). Return null to let the child handle it, or a result to
    /// consume the message: for example reply with help, then <c>await innerDc.RepromptDialogAsync(ct)</c> and
    /// return <see cref="DialogTurnResult.Waiting"/>; or return <c>await innerDc.GoBackAsync(ct)</c>,
    /// <c>await innerDc.CancelAllAsync(ct)</c>, or begin another child over the current one.
    /// </summary>
    protected virtual Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    /// <summary>Begins the initial child.</summary>
    protected virtual Task<DialogTurnResult> OnBeginAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no child dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the active child.</summary>
    protected virtual Task<DialogTurnResult> OnContinueAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    private static async Task<DialogTurnResult> EndWhenInnerDoneAsync(
        DialogContext dc, DialogTurnResult inner, CancellationToken cancellationToken)
    {
        switch (inner.Status)
        {
            case DialogTurnStatus.Waiting:
                return DialogTurnResult.Waiting;
            case DialogTurnStatus.Cancelled:
                var afterCancel = await dc.EndDialogAsync(inner.Result, cancellationToken);
                return afterCancel.Status == DialogTurnStatus.Complete
                    ? new DialogTurnResult(DialogTurnStatus.Cancelled, inner.Result)
                    : afterCancel;
            default:
                return await dc.EndDialogAsync(inner.Result, cancellationToken);
        }
    }

    private DialogContext CreateInnerContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException($"Component '{Id}' is not on the stack.");
        return dc.CreateChild(_dialogs, instance);
    }
}
