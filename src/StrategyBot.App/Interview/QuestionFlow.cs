using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// Runs a step's questions as a three-step waterfall: "start" sets up (or steps back), "ask" asks the current
/// question, "answer" writes the answer into the plan at once and moves on. The current question's key, its loop
/// item and the questions asked so far (for "back") live in the waterfall's values, so the step names, and with
/// them the persisted version stamp, stay the same when questions are added or reworded.
/// </summary>
internal sealed class QuestionFlow
{
    public const string QuestionKey = "q";
    public const string ItemKey = "item";
    public const string PromptIdKey = "promptId";
    private const string ModeKey = "mode";
    public const string MemoKey = "memo";

    private readonly string _dialogId;
    private readonly SostacStep _step;
    private readonly IReadOnlyList<InterviewQuestion> _questions;
    private readonly TimeProvider _time;
    private readonly Action<QuestionScope>? _opening;
    private readonly IReadOnlyList<InterviewForm> _forms;

    public QuestionFlow(
        string dialogId, SostacStep step, IReadOnlyList<InterviewQuestion> questions, TimeProvider time, Action<QuestionScope>? opening = null,
        IReadOnlyList<InterviewForm>? forms = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        ArgumentOutOfRangeException.ThrowIfZero(questions.Count);
        var duplicate = questions.GroupBy(q => q.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Step '{dialogId}' has two questions keyed '{duplicate.Key}'.", nameof(questions));
        }

        _dialogId = dialogId;
        _step = step;
        _questions = questions;
        _time = time;
        _opening = opening;
        _forms = forms ?? [];
        if (_forms.SelectMany(f => f.Fields).FirstOrDefault(f => Find(f.Key) is null) is { } unknown)
        {
            throw new ArgumentException($"Step '{dialogId}' has a form field '{unknown.Key}' that is none of its questions.", nameof(forms));
        }
    }

    public IReadOnlyList<InterviewQuestion> Questions => _questions;

    /// <summary>The step dialog's id: the start of every prompt id this flow gives its cards.</summary>
    public string DialogId => _dialogId;

    public WaterfallDialog CreateWaterfall() => new(
        _dialogId + ".questions",
        [new WaterfallStep("start", StartAsync), new WaterfallStep("ask", AskAsync) { Rebuild = RebuildQuestion }, new WaterfallStep("answer", AnswerAsync)]);

    public InterviewQuestion? Find(string? key) => _questions.FirstOrDefault(q => string.Equals(q.Key, key, StringComparison.Ordinal));

    /// <summary>The form that stands in for the question <paramref name="key"/>, when it is a form's first question.</summary>
    public InterviewForm? FormAt(string? key) => _forms.FirstOrDefault(f => string.Equals(f.FirstKey, key, StringComparison.Ordinal));

    /// <summary>
    /// The scope the current question is asked or answered in. Its plan starts as the turn's shared view, which costs
    /// no parse after the other readers of the turn; an answer's Save makes new plans from it
    /// (<see cref="QuestionScope.Update"/>), and the flow stores the last one with <see cref="TurnState.SavePlan"/>.
    /// </summary>
    public QuestionScope Scope(DialogContext dc, JsonObject values) => new(
        dc,
        TurnState.Of(dc.State).Plan,
        InterviewTurn.Language(dc),
        Item(values),
        InterviewTurn.Today(dc, _time),
        string.Equals((string?)values[ModeKey], StepDialogOptions.EditMode, StringComparison.Ordinal),
        values);

    public static int Item(JsonObject values) => values[ItemKey] is JsonValue item && item.TryGetValue<int>(out var index) ? index : 0;

    /// <summary>True when the flow of <paramref name="values"/> has an answered question to step back to.</summary>
    public static bool CanStepBack(JsonObject values) => QuestionHistory.Any(values);

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        if (step.Reason == WaterfallStepReason.Begin || step.Values[QuestionKey] is null)
        {
            var options = StepDialogOptions.Read(step.Options);
            var resume = Find(options.ResumeKey);
            step.Values[QuestionKey] = resume?.Key ?? _questions[0].Key;
            step.Values[ItemKey] = resume is null ? 0 : options.ResumeItem;
            QuestionHistory.Clear(step.Values);
            step.Values[ModeKey] = options.Mode;
            step.Values.Remove(MemoKey);
            if (options.Memo is { } memo)
            {
                step.Values[MemoKey] = memo;
            }

            _opening?.Invoke(Scope(step.Context, step.Values));
            if (options.Answer is { } answer && resume is null)
            {
                // Given up front, like a line typed before the flow began: applied as an answer, but not a place "back" leads to.
                return await ApplyAsync(step, _questions[0], QuestionAnswer.Given(answer), remember: false, cancellationToken);
            }
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var route = new QuestionRoute((string?)step.Values[QuestionKey] ?? _questions[0].Key, Item(step.Values));
        var scope = Scope(step.Context, step.Values);

        // Pass over questions that do not apply or answer themselves; the bound only guards against a routing bug.
        for (var hops = 0; hops < _questions.Count * 4 && !route.IsEnd; hops++)
        {
            var question = Find(route.Key) ?? _questions[0];
            var normalised = Normalise(question, route with { Key = question.Key }, scope.Plan);
            if (normalised != route)
            {
                route = normalised;
                continue;
            }

            scope = scope.At(route.Item);
            if (question.When?.Invoke(scope) == false)
            {
                route = NextInOrder(question, route.Item);
                continue;
            }

            if (question.Auto?.Invoke(scope) is { } auto)
            {
                route = question.Next?.Invoke(scope, auto) ?? NextInOrder(question, route.Item);
                continue;
            }

            var promptId = $"{_dialogId}.{question.Key}.{route.Item}";
            step.Values[QuestionKey] = question.Key;
            step.Values[ItemKey] = route.Item;
            var call = Ask(question, scope, promptId);
            if (call.Preface is { } preface)
            {
                scope.Say(preface);
            }

            if (call.Prompt is not { } prompt)
            {
                step.Values.Remove(PromptIdKey);
                return await step.BeginDialogAsync(call.DialogId, call.Options, cancellationToken);
            }

            step.Values[PromptIdKey] = promptId;
            return await step.PromptAsync(call.DialogId, prompt, cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    // The prompt keeps no copy of the question card on the stack: when it must ask again (after an interruption, or
    // a restart) it comes here, and the card is built from the same question, item and prompt id the ask step used.
    private PromptOptions? RebuildQuestion(DialogContext dc, JsonObject values) =>
        Find((string?)values[QuestionKey]) is { } question && (string?)values[PromptIdKey] is { } promptId
            ? Ask(question, Scope(dc, values), promptId).Prompt
            : null;

    // A form's first question is asked with the form card; its prompt, and so the typed path, stay the question's own.
    private PromptCall Ask(InterviewQuestion question, QuestionScope scope, string promptId) =>
        FormAt(question.Key) is { } form ? FormPrompts.Ask(form, this, question, scope, promptId) : question.Ask(scope, promptId);

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = Find((string?)step.Values[QuestionKey]);
        if (step.Result == FlowSignal.Moved && step.Values[QuestionKey] is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (question is null || step.Result == FlowSignal.Reask || step.Result == FlowSignal.Moved)
        {
            return await step.GoToStepAsync("ask", cancellationToken);
        }

        var answer = step.Result switch
        {
            null when question.SkipMeans is { } meant => QuestionAnswer.Given(meant),
            null => QuestionAnswer.Skip,
            FlowSignal signal when signal == FlowSignal.Keep && question.KeepMeans is { } meant => QuestionAnswer.Given(meant),
            FlowSignal signal when signal == FlowSignal.Keep => QuestionAnswer.Keep,
            var given => QuestionAnswer.Given(given),
        };
        return await ApplyAsync(step, question, answer, remember: true, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyAsync(
        WaterfallStepContext step, InterviewQuestion question, QuestionAnswer answer, bool remember, CancellationToken cancellationToken)
    {
        var scope = Scope(step.Context, step.Values);
        var memoBefore = step.Values[MemoKey]?.DeepClone();
        if (answer.Value is { } value && question.Save is { } save)
        {
            save(scope, value);
            InterviewTurn.StorePlan(step.Context, scope);
        }

        if (question.BackTo is { } backTo)
        {
            QuestionHistory.Clear(step.Values);
            QuestionHistory.Remember(step.Values, backTo, 0, null);
        }
        else if (remember)
        {
            QuestionHistory.Remember(step.Values, question.Key, scope.Item, memoBefore);
        }

        var next = question.Next?.Invoke(scope, answer) ?? NextInOrder(question, scope.Item);
        step.Values[QuestionKey] = next.Key;
        step.Values[ItemKey] = next.Item;
        return next.IsEnd
            ? await step.EndDialogAsync(null, cancellationToken)
            : await step.GoToStepAsync("ask", cancellationToken);
    }

    private async Task<DialogTurnResult> BackAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!QuestionHistory.StepBack(step.Values))
        {
            var language = InterviewTurn.Language(step.Context);
            InterviewTurn.Say(step.Context, language, _step == SostacStep.Situation
                ? Texts.Get(language, InterviewText.CannotGoBackFirst)
                : Texts.Format(language, InterviewText.CannotGoBackStep, _step, InterviewSteps.EditCommand(language, _step - 1)));
        }

        return await step.GoToStepAsync("ask", cancellationToken);
    }

    // A loop question about an item that does not exist (the plan changed, or a resume point is stale) goes back
    // to the question that starts a new item.
    private QuestionRoute Normalise(InterviewQuestion question, QuestionRoute route, MarketingPlan plan)
    {
        if (question.Loop is not { } loop)
        {
            return route;
        }

        var count = loop.Count(plan);
        var valid = loop.StartsItem ? route.Item <= count : route.Item < count;
        if (valid && route.Item >= 0)
        {
            return route;
        }

        var starter = _questions.FirstOrDefault(q => loop.IsSame(q.Loop) && q.Loop!.StartsItem);
        return starter is not null
            ? new QuestionRoute(starter.Key, Math.Clamp(route.Item, 0, count))
            : NextInOrder(_questions.Last(q => loop.IsSame(q.Loop)), 0);
    }

    /// <summary>The question after <paramref name="question"/> in the step's order (the same item within its loop).</summary>
    public QuestionRoute NextInOrder(InterviewQuestion question, int item)
    {
        var index = IndexOf(question);
        if (index < 0 || index + 1 >= _questions.Count)
        {
            return QuestionRoute.End;
        }

        var next = _questions[index + 1];
        return new QuestionRoute(next.Key, next.Loop?.IsSame(question.Loop) == true ? item : 0);
    }

    private int IndexOf(InterviewQuestion question)
    {
        for (var i = 0; i < _questions.Count; i++)
        {
            if (ReferenceEquals(_questions[i], question))
            {
                return i;
            }
        }

        return -1;
    }
}
