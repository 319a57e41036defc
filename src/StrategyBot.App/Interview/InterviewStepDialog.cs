using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// A SOSTAC step asked as a <see cref="QuestionFlow"/>. Besides the flow it answers "keep" itself (only the flow knows
/// whether the current question has an answer to keep, see <see cref="QuestionKeep"/>), and lets the root re-ask the current question, for
/// example after the language changed.
/// </summary>
internal abstract class InterviewStepDialog : ComponentDialog
{
    private static readonly HashSet<string> RemoveWords = new(InterviewVocabulary.Remove.Select(InterviewCommands.Fold), StringComparer.Ordinal);

    protected InterviewStepDialog(
        string id, SostacStep step, IReadOnlyList<InterviewQuestion> questions, TimeProvider time, Action<QuestionScope>? opening = null,
        IReadOnlyList<InterviewForm>? forms = null)
        : base(id)
    {
        Step = step;
        Flow = new QuestionFlow(id, step, questions, time, opening, forms);
        AddDialog(Flow.CreateWaterfall());
    }

    public SostacStep Step { get; }

    public QuestionFlow Flow { get; }

    /// <summary>The flow's values (current question, item, card prompt id) of an instance of this dialog.</summary>
    public static JsonObject? FlowValues(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Children.Count > 0 ? instance.Children[0].Values : null;
    }

    /// <summary>The current question's help line (why it matters), in the user's language; null when it has none.</summary>
    public string? CurrentHelp(DialogContext dc, DialogInstance instance)
    {
        if (FlowValues(instance) is not { } values || Flow.Find((string?)values[QuestionFlow.QuestionKey]) is not { Help: { } help } question)
        {
            return null;
        }

        var scope = Flow.Scope(dc, values);
        return scope.Text(help, question.Args?.Invoke(scope) ?? []);
    }

    /// <summary>
    /// Asks the current question again from scratch. <paramref name="dc"/> is the context in which this dialog is
    /// the active one.
    /// </summary>
    public async Task<DialogTurnResult> ReaskAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialog is { } self && FlowValues(self) is { } values && values[QuestionFlow.PromptIdKey] is null)
        {
            // A question that handed over to a dialog: that dialog asks its own question again, in today's language.
            return await dc.AskAgainFromStepAsync(cancellationToken);
        }

        if (dc.Child is { ActiveDialog: { } prompt } inner && inner.Stack.Count > 1 && prompt.Id != inner.Stack[0].Id)
        {
            return await inner.EndDialogAsync(FlowSignal.Reask, cancellationToken);
        }

        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);

        // "keep", "remove" and a form card are about the flow's own question; a dialog it handed over to reads its answers itself.
        if (innerDc.Stack.Count < 2 || innerDc.Stack[0].Values[QuestionFlow.PromptIdKey] is null)
        {
            return null;
        }

        if (innerDc.Turn.Activity.Type == ActivityTypes.Invoke)
        {
            return await FormSubmission.TryAsync(Flow, innerDc, cancellationToken);
        }

        if (IsRemoval(innerDc.Turn.Activity.Text))
        {
            return await RemoveItemAsync(innerDc, cancellationToken);
        }

        return await QuestionKeep.TryAsync(Flow, innerDc, cancellationToken);
    }

    private static bool IsRemoval(string? text) =>
        text is { Length: < 40 } && RemoveWords.Contains(InterviewCommands.Fold(text));

    // Only a question about an item already in the plan can drop it; anywhere else "remove" is an ordinary answer.
    private async Task<DialogTurnResult?> RemoveItemAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var values = innerDc.Stack[0].Values;
        var scope = Flow.Scope(innerDc, values);
        if (Flow.Find((string?)values[QuestionFlow.QuestionKey]) is not { Loop: { Remove: { } remove } loop }
            || scope.Item >= loop.Count(scope.Plan))
        {
            return null;
        }

        var (said, next) = remove(scope);
        InterviewTurn.Say(innerDc, scope.Language, said.Describe(scope.Language));
        if (next is { } route)
        {
            TurnState.Of(innerDc.State).SavePlan(scope.Plan);
            values[QuestionFlow.QuestionKey] = route.Key;
            values[QuestionFlow.ItemKey] = route.Item;
        }

        return await innerDc.EndDialogAsync(FlowSignal.Reask, cancellationToken);
    }
}
