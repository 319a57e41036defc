using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// The interview root's side trips over the current question: editing a step, a quick capture, and the restart
/// confirmation. Each ends back at the question the user was on (the dialog underneath asks it again), or, when
/// the trip began the conversation, carries on with the interview (the root's flow, begun again with
/// <see cref="CarryOn"/>).
/// </summary>
internal sealed class InterviewSideTrips
{
    public const string EditId = "planInterview.edit";
    public const string CaptureId = "planInterview.capture";
    public const string RestartId = "planInterview.restart";
    private const string StepKey = "step";
    private const string CarryOnKey = "carryOn";
    private const string ObjectivesBeforeKey = "objectivesBefore";
    private const string MeasuredKey = "measured";

    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _flowId;

    public InterviewSideTrips(TimeProvider time, ILogger logger, string flowId)
    {
        _time = time;
        _logger = logger;
        _flowId = flowId;
    }

    /// <summary>The options the root's flow is begun with after a side trip that began the conversation.</summary>
    public static JsonObject CarryOn => new() { [CarryOnKey] = true };

    public static bool IsCarryOn(JsonObject? options) => options?[CarryOnKey] is not null;

    public static JsonObject EditOptions(SostacStep step) => new() { [StepKey] = step.ToString() };

    public static JsonObject CaptureOptions(string? text) => new() { ["text"] = text };

    public IEnumerable<Dialog> Dialogs() =>
    [
        new WaterfallDialog(EditId, [new WaterfallStep("open", OpenEditAsync), new WaterfallStep("close", CloseEditAsync)]),
        new WaterfallDialog(CaptureId,
        [
            new WaterfallStep("open", OpenCaptureAsync),
            new WaterfallStep("measure", MeasureCaptureAsync),
            new WaterfallStep("close", CloseCaptureAsync),
        ]),
        new WaterfallDialog(RestartId, [new WaterfallStep("ask", AskRestartAsync), new WaterfallStep("decide", DecideRestartAsync)]),
    ];

    /// <summary>The plan summary card, as the interview ends it.</summary>
    public Activity SummaryMessage(StateSet state, MarketingPlan plan, Language language) =>
        PlanPresenter.SummaryMessage(plan, TurnState.Of(state).Profile, language, _time.GetUtcNow());

    private async Task<DialogTurnResult> OpenEditAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var target = Enum.Parse<SostacStep>((string)step.Options![StepKey]!);
        step.Values[StepKey] = target.ToString();
        var dialogId = InterviewSteps.DialogId(target);
        if (step.Context.FindDialog(dialogId) is null)
        {
            Log.StepDialogMissing(_logger, dialogId);
            InterviewTurn.Say(step.Context, language, Texts.Format(language, InterviewText.StepUnavailable, target));
            return await ReturnAsync(step, cancellationToken);
        }

        InterviewTurn.Say(step.Context, language, Texts.Format(language, InterviewText.EditStart, target));
        Log.StepDialogBegan(_logger, dialogId, StepDialogOptions.EditMode);
        return await step.BeginDialogAsync(dialogId, StepDialogOptions.Edit.ToJson(), cancellationToken);
    }

    private async Task<DialogTurnResult> CloseEditAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var plan = TurnState.Of(step.State).Plan;
        InterviewTurn.Say(step.Context, language, Texts.Format(language, InterviewText.EditDone, Enum.Parse<SostacStep>((string)step.Values[StepKey]!)));
        if (step.Context.Stack.Count == 1 && SostacProgress.Evaluate(plan).IsComplete)
        {
            step.Turn.Send(SummaryMessage(step.State, plan, language));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await ReturnAsync(step, cancellationToken);
    }

    private async Task<DialogTurnResult> OpenCaptureAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Context.FindDialog(PlanInterviewDialog.QuickCaptureId) is null)
        {
            Log.QuickCaptureMissing(_logger, PlanInterviewDialog.QuickCaptureId);
            var language = InterviewTurn.Language(step.Context);
            InterviewTurn.Say(step.Context, language, Texts.Get(language, InterviewText.QuickCaptureUnavailable));
            return await ReturnAsync(step, cancellationToken);
        }

        // Once Control is set (a finished plan, say), a new objective gets its KPIs right after the capture, and only
        // they are asked: Control is not reopened. The objectives there now tell which one is new.
        var plan = TurnState.Of(step.State).Plan;
        var measure = SostacProgress.Evaluate(plan)[SostacStep.Control].State == StepState.Complete
            && step.Context.FindDialog(ObjectiveDialogs.ControlId) is not null
            && !step.Context.Stack.Any(i => i.Id == ObjectiveDialogs.ControlId);
        if (measure)
        {
            step.Values[ObjectivesBeforeKey] = new JsonArray([.. plan.Objectives.Select(o => (JsonNode?)JsonValue.Create(o.Id))]);
        }

        // The options the quick capture dialog reads: the goal text, and whether it should say the question underneath
        // comes next (not when KPIs may come first: this trip says it then).
        var options = new JsonObject { ["text"] = (string?)step.Options?["text"], ["resume"] = step.Context.Stack.Count > 1 && !measure };
        return await step.BeginDialogAsync(PlanInterviewDialog.QuickCaptureId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> MeasureCaptureAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values[ObjectivesBeforeKey] is not JsonArray before)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var known = before.Select(id => (string?)id).ToHashSet(StringComparer.Ordinal);
        var plan = TurnState.Of(step.State).Plan;
        var added = plan.Objectives.FindIndex(o => !known.Contains(o.Id) && !plan.Control.KpiTargets.Any(k => k.ObjectiveId == o.Id));
        if (added < 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        step.Values[MeasuredKey] = true;
        Log.StepDialogBegan(_logger, ObjectiveDialogs.ControlId, "oneObjective");
        return await step.BeginDialogAsync(ObjectiveDialogs.ControlId, ObjectiveDialogs.OneObjectiveControlOptions(added), cancellationToken);
    }

    // Back to the question underneath; or, on a plan that is complete again, the user is where they were: nothing
    // more is asked. Otherwise on with the interview.
    private async Task<DialogTurnResult> CloseCaptureAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var controlWasSet = step.Values[ObjectivesBeforeKey] is not null;
        if (step.Context.Stack.Count > 1)
        {
            if (controlWasSet)
            {
                InterviewTurn.Say(step.Context, language, Texts.Get(language, ObjectiveText.QuickCaptureBack));
            }

            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (controlWasSet && SostacProgress.Evaluate(TurnState.Of(step.State).Plan).IsComplete)
        {
            if (step.Values[MeasuredKey] is not null)
            {
                step.Turn.Send(InterviewTurn.Message(language, Texts.Get(language, InterviewText.PlanCompleteAgain),
                    [Texts.Get(language, InterviewText.ShowMyPlanLabel), Texts.Get(language, InterviewText.StatusLabel)]));
            }

            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await ReturnAsync(step, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskRestartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var question = Texts.Get(language, InterviewText.RestartConfirm);
        var yes = Texts.Get(language, InterviewText.RestartYes);
        var no = Texts.Get(language, InterviewText.RestartNo);
        return await step.PromptAsync(InterviewPrompts.Confirm, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, []),
            RetryText = question,
            Choices = [new Choice(yes), new Choice(no)],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> DecideRestartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        if (step.Result is not true)
        {
            InterviewTurn.Say(step.Context, language, Texts.Get(language, InterviewText.RestartCancelled));
            return await ReturnAsync(step, cancellationToken);
        }

        step.State.Remove(TurnState.PlanDocument);
        var memory = InterviewMemory.Load(step.State);
        memory.ForgetResumePoint();
        memory.Save(step.State);
        Log.PlanRestarted(_logger);
        InterviewTurn.Say(step.Context, language, Texts.Get(language, InterviewText.RestartDone));
        await step.Context.CancelAllAsync(cancellationToken);
        return await step.Context.BeginDialogAsync(_flowId, null, cancellationToken);
    }

    // Back to the question underneath, which asks itself again; or, when nothing is underneath, on with the interview.
    private async Task<DialogTurnResult> ReturnAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Context.Stack.Count > 1
            ? await step.EndDialogAsync(null, cancellationToken)
            : await step.Context.ReplaceDialogAsync(_flowId, CarryOn, cancellationToken);
}
