using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>What a running waterfall step sees and can do.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private bool _moved;

    internal WaterfallStepContext(
        WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, WaterfallStepReason reason, object? result)
    {
        _waterfall = waterfall;
        _instance = instance;
        Context = dc;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The stack the waterfall runs on.</summary>
    public DialogContext Context { get; }

    /// <summary>The turn.</summary>
    public TurnContext Turn => Context.Turn;

    /// <summary>The scope's documents for this turn.</summary>
    public StateSet State => Context.State;

    /// <summary>The step's position.</summary>
    public int Index { get; }

    /// <summary>The step's stable name.</summary>
    public string StepName => _waterfall.Steps[Index].Name;

    /// <summary>Why the step runs.</summary>
    public WaterfallStepReason Reason { get; }

    /// <summary>The previous step's answer (a prompt's value, a child dialog's result, or raw text); null when skipped or going back.</summary>
    public object? Result { get; }

    /// <summary>Values persisted with this waterfall across turns (JSON: read them back with <c>GetValue&lt;T&gt;()</c>).</summary>
    public JsonObject Values => _instance.Values;

    /// <summary>The options the waterfall was begun with, as persisted JSON.</summary>
    public JsonObject? Options => _instance.State["options"] as JsonObject;

    /// <summary>Skips ahead: runs the next step now, passing <paramref name="result"/> as its <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken)
    {
        MarkMoved();
        return _waterfall.RunStepAsync(Context, Index + 1, WaterfallStepReason.Next, result, cancellationToken);
    }

    /// <summary>Runs the step named <paramref name="stepName"/> now.</summary>
    public Task<DialogTurnResult> GoToStepAsync(string stepName, CancellationToken cancellationToken)
    {
        var index = _waterfall.IndexOf(stepName);
        if (index < 0)
        {
            throw new ArgumentException($"Waterfall '{_waterfall.Id}' has no step named '{stepName}'.", nameof(stepName));
        }

        MarkMoved();
        return _waterfall.RunStepAsync(Context, index, WaterfallStepReason.Jumped, null, cancellationToken);
    }

    /// <summary>Asks a question with the prompt <paramref name="promptId"/>; its answer arrives as the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        Context.PromptAsync(promptId, options, cancellationToken);

    /// <summary>Begins a child dialog; its result arrives as the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        Context.EndDialogAsync(result, cancellationToken);

    private void MarkMoved()
    {
        if (_moved)
        {
            throw new InvalidOperationException($"Step '{StepName}' already moved the waterfall on.");
        }

        _moved = true;
    }
}
