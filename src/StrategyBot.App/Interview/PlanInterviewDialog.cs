using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// The interview's root ("planInterview"). It resumes at the first incomplete SOSTAC step and says where the user
/// is, runs the step dialogs in order (looked up by id, so a step whose dialog is not registered is passed over),
/// and ends with the plan summary card. Every message first meets the commands (PlanInterviewDialog.Commands.cs).
/// </summary>
internal sealed partial class PlanInterviewDialog : ComponentDialog
{
    public const string DialogId = "planInterview";
    public const string QuickCaptureId = "quickCapture";
    private const string FlowId = "planInterview.flow";
    private const string StepKey = "step";
    private const string CarryOnKey = "carryOn";

    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public PlanInterviewDialog(TimeProvider time, ILogger<PlanInterviewDialog> logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _time = time;
        _logger = logger;
        AddDialog(new WaterfallDialog(FlowId,
        [
            new WaterfallStep("orient", OrientAsync),
            new WaterfallStep("run", RunStepAsync),
            new WaterfallStep("next", NextStepAsync),
        ]));
        AddDialog(new WaterfallDialog(EditId, [new WaterfallStep("open", OpenEditAsync), new WaterfallStep("close", CloseEditAsync)]));
        AddDialog(new WaterfallDialog(CaptureId, [new WaterfallStep("open", OpenCaptureAsync), new WaterfallStep("close", CloseSideTripAsync)]));
        AddDialog(new WaterfallDialog(RestartId, [new WaterfallStep("ask", AskRestartAsync), new WaterfallStep("decide", DecideRestartAsync)]));
        InitialDialogId = FlowId;
    }

    /// <summary>A message that starts the interview may already be a command ("edit tactics", "status", "goal: …").</summary>
    protected override async Task<DialogTurnResult> OnBeginAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var command = innerDc.Turn.Activity.Type == ActivityTypes.Message ? InterviewCommands.Parse(innerDc.Turn.Activity) : null;
        var memory = InterviewMemory.Load(innerDc.State);
        if (innerDc.Turn.Activity.Type == ActivityTypes.Message)
        {
            memory.Touch(_time.GetUtcNow());
            memory.Save(innerDc.State);
        }

        var language = InterviewTurn.Language(innerDc);
        var complete = SostacProgress.Evaluate(StateDocuments.LoadPlan(innerDc.State)).IsComplete;
        switch (command?.Kind)
        {
            case InterviewCommandKind.Edit when command.Step is { } step:
                return await innerDc.BeginDialogAsync(EditId, new JsonObject { [StepKey] = step.ToString() }, cancellationToken);
            case InterviewCommandKind.QuickCapture:
                return await innerDc.BeginDialogAsync(CaptureId, new JsonObject { ["text"] = command.Text }, cancellationToken);
            case InterviewCommandKind.Restart:
                return await innerDc.BeginDialogAsync(RestartId, null, cancellationToken);
            case InterviewCommandKind.Cancel:
                InterviewTurn.Say(innerDc, language, InterviewTexts.Get(language, InterviewText.NothingToCancel));
                return new DialogTurnResult(DialogTurnStatus.Complete);
            case InterviewCommandKind.Edit:
                InterviewTurn.Say(innerDc, language, InterviewTexts.Get(language, InterviewText.EditWhichStep));
                break;
            case InterviewCommandKind.Help or InterviewCommandKind.Status or InterviewCommandKind.Summary or InterviewCommandKind.Language:
                language = Answer(innerDc, command, language, CurrentStep(innerDc));
                if (complete)
                {
                    return new DialogTurnResult(DialogTurnStatus.Complete);
                }

                break;
        }

        return await innerDc.BeginDialogAsync(FlowId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> OrientAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var progress = SostacProgress.Evaluate(StateDocuments.LoadPlan(step.State));
        if (progress.CurrentStep is not { } current)
        {
            step.Turn.Send(InterviewTurn.Message(language, InterviewTexts.Get(language, InterviewText.PlanAlreadyComplete), Offers(language)));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var fresh = progress.Steps.All(s => s.State == StepState.NotStarted);
        var text = fresh
            ? InterviewTexts.Get(language, InterviewText.Intro) + "\n\n" + StepStart(language, current)
            : InterviewTexts.Format(language, step.Options?[CarryOnKey] is not null ? InterviewText.CarryOn : InterviewText.WelcomeBack, current, InterviewSteps.Number(current));
        InterviewTurn.Say(step.Context, language, text);
        Log.InterviewBegan(_logger, current, fresh);
        step.Values[StepKey] = current.ToString();
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var current = Enum.Parse<SostacStep>((string)step.Values[StepKey]!);
        var dialogId = InterviewSteps.DialogId(current);
        if (step.Context.FindDialog(dialogId) is null)
        {
            Log.StepDialogMissing(_logger, dialogId);
            var language = InterviewTurn.Language(step.Context);
            InterviewTurn.Say(step.Context, language, InterviewTexts.Format(language, InterviewText.StepUnavailable, current));
            return await step.NextAsync(null, cancellationToken);
        }

        var options = StepDialogOptions.Run;
        var memory = InterviewMemory.Load(step.State);
        if (memory.ResumeDialogId == dialogId)
        {
            options = new StepDialogOptions(StepDialogOptions.RunMode, memory.ResumeKey, memory.ResumeItem);
            Log.InterviewResumed(_logger, dialogId, memory.ResumeKey);
        }

        if (memory.ResumeDialogId is not null)
        {
            memory.ForgetResumePoint();
            memory.Save(step.State);
        }

        Log.StepDialogBegan(_logger, dialogId, options.Mode);
        return await step.BeginDialogAsync(dialogId, options.ToJson(), cancellationToken);
    }

    private async Task<DialogTurnResult> NextStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var plan = StateDocuments.LoadPlan(step.State);
        var progress = SostacProgress.Evaluate(plan);
        var done = Enum.Parse<SostacStep>((string)step.Values[StepKey]!);
        var following = progress.Steps.FirstOrDefault(s => s.Step > done && s.State != StepState.Complete)?.Step;
        var prefix = progress[done].State == StepState.Complete ? InterviewTexts.Format(language, InterviewText.StepDone, done) + "\n\n" : string.Empty;
        if (following is { } next)
        {
            InterviewTurn.Say(step.Context, language, prefix + StepStart(language, next));
            step.Values[StepKey] = next.ToString();
            return await step.GoToStepAsync("run", cancellationToken);
        }

        Log.InterviewFinished(_logger, progress.IsComplete);
        if (progress.CurrentStep is { } gap)
        {
            InterviewTurn.Say(step.Context, language, prefix + InterviewTexts.Format(language, InterviewText.PlanHasGaps, gap, InterviewSteps.EditCommand(language, gap)));
        }
        else
        {
            InterviewTurn.Say(step.Context, language, prefix + InterviewTexts.Get(language, InterviewText.PlanComplete));
        }

        step.Turn.Send(SummaryMessage(plan, language));
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static string StepStart(Language language, SostacStep step) => InterviewTexts.Format(
        language, InterviewText.StepStart, InterviewSteps.Number(step), step, InterviewTexts.Get(language, InterviewSteps.Intro(step)));

    private static Activity SummaryMessage(MarketingPlan plan, Language language) => new()
    {
        Type = ActivityTypes.Message,
        Locale = Languages.Code(language),
        Attachments = [Attachment.AdaptiveCard(PlanSummaryCard.Build(plan, language, nextCheckIn: null))],
    };

    private static string[] Offers(Language language) =>
    [
        InterviewTexts.Get(language, InterviewText.ShowMyPlanLabel),
        InterviewTexts.Get(language, InterviewText.StatusLabel),
        InterviewTexts.Get(language, InterviewText.HelpLabel),
    ];
}
