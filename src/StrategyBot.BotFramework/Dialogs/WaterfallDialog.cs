using Microsoft.Extensions.Logging;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// Runs named steps in order. The name of the step waiting for an answer and the dialog's
/// <see cref="WaterfallStepContext.Values"/> are persisted, and the version stamp is derived from the step names,
/// so after a deploy the waterfall resumes at the same-named step, or restarts with its values if that step is gone.
/// </summary>
public sealed class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string RepeatKey = "repeat";
    private readonly List<WaterfallStep> _steps;

    /// <summary>Creates a waterfall; step names must be unique.</summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
        var duplicate = _steps.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Waterfall '{id}' has two steps named '{duplicate.Key}'.", nameof(steps));
        }

        Version = VersionStamp.From("waterfall", _steps.Select(s => s.Name));
    }

    /// <inheritdoc />
    public override string Version { get; }

    /// <summary>The steps in order.</summary>
    public IReadOnlyList<WaterfallStep> Steps => _steps;

    /// <summary>Begins at the first step. Options (a JSON object or anything that serialises to one) are persisted.</summary>
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not null)
        {
            ActiveInstance(dc).State[OptionsKey] = DialogJson.ToObject(options, "Waterfall options");
        }

        return RunStepAsync(dc, 0, WaterfallStepReason.Begin, null, cancellationToken);
    }

    /// <summary>A message with no prompt above the waterfall: the text is the answer to the current step.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = ActiveInstance(dc);
        var index = IndexOf(instance.Step);
        if (index < 0)
        {
            return RunStepAsync(dc, 0, WaterfallStepReason.Restarted, null, cancellationToken);
        }

        if (instance.State.Remove(RepeatKey))
        {
            return RunStepAsync(dc, index, WaterfallStepReason.Repeated, null, cancellationToken);
        }

        if (dc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(DialogTurnResult.Waiting);
        }

        return RunStepAsync(dc, index + 1, WaterfallStepReason.Resumed, dc.Turn.Activity.Text, cancellationToken);
    }

    /// <summary>The dialog a step began has ended: run the next step with its result.</summary>
    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = ActiveInstance(dc);
        var index = IndexOf(instance.Step);
        if (index < 0)
        {
            FrameworkLog.DialogRestartedAfterVersionChange(dc.Logger, Id, instance.Version, Version, instance.Step);
            return RunStepAsync(dc, 0, WaterfallStepReason.Restarted, null, cancellationToken);
        }

        return RunStepAsync(dc, index + 1, WaterfallStepReason.Resumed, result, cancellationToken);
    }

    /// <inheritdoc />
    public override bool CanGoBack(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return IndexOf(instance.Step) > 0;
    }

    /// <summary>Runs the previous step again with <see cref="WaterfallStepReason.Back"/>.</summary>
    public override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = IndexOf(ActiveInstance(dc).Step);
        if (index <= 0)
        {
            throw new InvalidOperationException($"Waterfall '{Id}' is at its first step and cannot go back.");
        }

        return RunStepAsync(dc, index - 1, WaterfallStepReason.Back, null, cancellationToken);
    }

    internal override bool Upgrade(DialogInstance instance, ILogger logger)
    {
        var oldVersion = instance.Version;
        instance.Version = Version;
        if (instance.Step is null || IndexOf(instance.Step) >= 0)
        {
            FrameworkLog.DialogResumedAfterVersionChange(logger, Id, oldVersion, Version, instance.Step);
            return false;
        }

        FrameworkLog.DialogRestartedAfterVersionChange(logger, Id, oldVersion, Version, instance.Step);
        instance.Step = null;
        instance.State.Remove(RepeatKey);
        return true;
    }

    internal override void OnChildLost(DialogInstance instance) => instance.State[RepeatKey] = true;

    internal override bool CanRebuildPrompt(DialogInstance instance) => RebuilderOf(instance) is not null;

    internal override PromptOptions? RebuildPrompt(DialogContext dc, DialogInstance instance) =>
        RebuilderOf(instance) is { } rebuild ? rebuild(dc, instance.Values) : null;

    internal Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, WaterfallStepReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = ActiveInstance(dc);
        var step = _steps[index];
        instance.Step = step.Name;
        var context = new WaterfallStepContext(this, dc, instance, index, reason, result);
        return step.Handler(context, cancellationToken);
    }

    internal int IndexOf(string? stepName) =>
        stepName is null ? -1 : _steps.FindIndex(s => string.Equals(s.Name, stepName, StringComparison.Ordinal));

    private PromptRebuilder? RebuilderOf(DialogInstance instance) => IndexOf(instance.Step) is var index and >= 0 ? _steps[index].Rebuild : null;

    private DialogInstance ActiveInstance(DialogContext dc) =>
        dc.ActiveDialog is { } active && active.Id == Id
            ? active
            : throw new InvalidOperationException($"Waterfall '{Id}' is not the active dialog.");
}
