using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// Side trips over the current question: editing a step, a quick capture, and the restart confirmation. Each ends
/// back at the question the user was on (the dialog underneath asks it again), or, when the trip began the
/// conversation, carries on with the interview.
/// </summary>
internal sealed partial class PlanInterviewDialog
{
    private const string EditId = "planInterview.edit";
    private const string CaptureId = "planInterview.capture";
    private const string RestartId = "planInterview.restart";

    private async Task<DialogTurnResult> OpenEditAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var target = Enum.Parse<SostacStep>((string)step.Options![StepKey]!);
        step.Values[StepKey] = target.ToString();
        var dialogId = InterviewSteps.DialogId(target);
        if (step.Context.FindDialog(dialogId) is null)
        {
            Log.StepDialogMissing(_logger, dialogId);
            InterviewTurn.Say(step.Context, language, InterviewTexts.Format(language, InterviewText.StepUnavailable, target));
            return await ReturnAsync(step, cancellationToken);
        }

        InterviewTurn.Say(step.Context, language, InterviewTexts.Format(language, InterviewText.EditStart, target));
        Log.StepDialogBegan(_logger, dialogId, StepDialogOptions.EditMode);
        return await step.BeginDialogAsync(dialogId, StepDialogOptions.Edit.ToJson(), cancellationToken);
    }

    private async Task<DialogTurnResult> CloseEditAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var plan = StateDocuments.LoadPlan(step.State);
        InterviewTurn.Say(step.Context, language, InterviewTexts.Format(language, InterviewText.EditDone, Enum.Parse<SostacStep>((string)step.Values[StepKey]!)));
        if (step.Context.Stack.Count == 1 && SostacProgress.Evaluate(plan).IsComplete)
        {
            step.Turn.Send(SummaryMessage(step.State, plan, language));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await ReturnAsync(step, cancellationToken);
    }

    private async Task<DialogTurnResult> OpenCaptureAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Context.FindDialog(QuickCaptureId) is null)
        {
            Log.QuickCaptureMissing(_logger, QuickCaptureId);
            var language = InterviewTurn.Language(step.Context);
            InterviewTurn.Say(step.Context, language, InterviewTexts.Get(language, InterviewText.QuickCaptureUnavailable));
            return await ReturnAsync(step, cancellationToken);
        }

        // The options the quick capture dialog reads: the goal text, and whether a question underneath will be asked again.
        var options = new JsonObject { ["text"] = (string?)step.Options?["text"], ["resume"] = step.Context.Stack.Count > 1 };
        return await step.BeginDialogAsync(QuickCaptureId, options, cancellationToken);
    }

    private static Task<DialogTurnResult> CloseSideTripAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ReturnAsync(step, cancellationToken);

    private static async Task<DialogTurnResult> AskRestartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var question = InterviewTexts.Get(language, InterviewText.RestartConfirm);
        var yes = InterviewTexts.Get(language, InterviewText.RestartYes);
        var no = InterviewTexts.Get(language, InterviewText.RestartNo);
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
            InterviewTurn.Say(step.Context, language, InterviewTexts.Get(language, InterviewText.RestartCancelled));
            return await ReturnAsync(step, cancellationToken);
        }

        step.State.Remove(StateDocuments.Plan);
        var memory = InterviewMemory.Load(step.State);
        memory.ForgetResumePoint();
        memory.Save(step.State);
        Log.PlanRestarted(_logger);
        InterviewTurn.Say(step.Context, language, InterviewTexts.Get(language, InterviewText.RestartDone));
        await step.Context.CancelAllAsync(cancellationToken);
        return await step.Context.BeginDialogAsync(FlowId, null, cancellationToken);
    }

    // Back to the question underneath, which asks itself again; or, when nothing is underneath, on with the interview.
    private static async Task<DialogTurnResult> ReturnAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Context.Stack.Count > 1
            ? await step.EndDialogAsync(null, cancellationToken)
            : await step.Context.ReplaceDialogAsync(FlowId, new JsonObject { [CarryOnKey] = true }, cancellationToken);
}
