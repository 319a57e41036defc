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

    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly InterviewSideTrips _sideTrips;

    public PlanInterviewDialog(TimeProvider time, ILogger<PlanInterviewDialog> logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _time = time;
        _logger = logger;
        _sideTrips = new InterviewSideTrips(time, logger, FlowId);
        AddDialog(new WaterfallDialog(FlowId,
        [
            new WaterfallStep("orient", OrientAsync),
            new WaterfallStep("run", RunStepAsync),
            new WaterfallStep("next", NextStepAsync),
        ]));
        Array.ForEach([.. _sideTrips.Dialogs()], sideTrip => AddDialog(sideTrip));

        InitialDialogId = FlowId;
    }

    /// <summary>A message that starts the interview may already be a command ("edit tactics", "status", "goal: …").</summary>
    protected override async Task<DialogTurnResult> OnBeginAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var isMessage = innerDc.Turn.Activity.Type == ActivityTypes.Message;
        var command = isMessage ? InterviewCommands.Parse(innerDc.Turn.Activity) : null;
        var memory = InterviewMemory.Load(innerDc.State);
        if (isMessage)
        {
            memory.Touch(_time.GetUtcNow());
            memory.Save(innerDc.State);
        }

        var language = InterviewTurn.Language(innerDc);
        var complete = SostacProgress.Evaluate(TurnState.Of(innerDc.State).Plan).IsComplete;
        switch (command?.Kind)
        {
            case InterviewCommandKind.Edit when command.Step is { } step:
                return await innerDc.BeginDialogAsync(InterviewSideTrips.EditId, InterviewSideTrips.EditOptions(step), cancellationToken);
            case InterviewCommandKind.QuickCapture:
                return await innerDc.BeginDialogAsync(InterviewSideTrips.CaptureId, InterviewSideTrips.CaptureOptions(command.Text), cancellationToken);
            case InterviewCommandKind.Restart:
                return await innerDc.BeginDialogAsync(InterviewSideTrips.RestartId, null, cancellationToken);
            case InterviewCommandKind.Cancel:
                InterviewTurn.Say(innerDc, language, Texts.Get(language, InterviewText.NothingToCancel));
                return new DialogTurnResult(DialogTurnStatus.Complete);
            case InterviewCommandKind.Edit:
                InterviewTurn.Say(innerDc, language, Texts.Get(language, InterviewText.EditWhichStep));
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
        var progress = SostacProgress.Evaluate(TurnState.Of(step.State).Plan);
        if (progress.CurrentStep is not { } current)
        {
            step.Turn.Send(InterviewTurn.Message(language, Texts.Get(language, InterviewText.PlanAlreadyComplete), Offers(language)));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var fresh = progress.Steps.All(s => s.State == StepState.NotStarted);
        var notes = new List<string>();
        var available = Available(step.Context, progress, current, language, notes);
        if (available is null)
        {
            return await FinishAsync(step, language, notes, cancellationToken);
        }

        notes.Add(fresh
            ? Texts.Get(language, InterviewText.Intro) + "\n\n" + StepStart(language, available.Value)
            : available != current ? StepStart(language, available.Value)
            : Texts.Format(language, InterviewSideTrips.IsCarryOn(step.Options) ? InterviewText.CarryOn : InterviewText.WelcomeBack, current, InterviewSteps.Number(current)));
        InterviewTurn.Say(step.Context, language, string.Join("\n\n", notes));
        Log.InterviewBegan(_logger, available.Value, fresh);
        step.Values[StepKey] = available.Value.ToString();
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var dialogId = InterviewSteps.DialogId(Enum.Parse<SostacStep>((string)step.Values[StepKey]!));
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
        var progress = SostacProgress.Evaluate(TurnState.Of(step.State).Plan);
        var done = Enum.Parse<SostacStep>((string)step.Values[StepKey]!);
        var notes = new List<string>();
        if (progress[done].State == StepState.Complete)
        {
            notes.Add(Texts.Format(language, InterviewText.StepDone, done));
        }

        var following = progress.Steps.FirstOrDefault(s => s.Step > done && s.State != StepState.Complete)?.Step;
        var next = following is { } candidate ? Available(step.Context, progress, candidate, language, notes) : null;
        if (next is null)
        {
            return await FinishAsync(step, language, notes, cancellationToken);
        }

        notes.Add(StepStart(language, next.Value));
        InterviewTurn.Say(step.Context, language, string.Join("\n\n", notes));
        step.Values[StepKey] = next.Value.ToString();
        return await step.GoToStepAsync("run", cancellationToken);
    }

    // The first incomplete step from "from" on whose dialog is registered; a missing one gets a note and is passed over.
    private SostacStep? Available(DialogContext dc, PlanProgress progress, SostacStep from, Language language, List<string> notes)
    {
        foreach (var candidate in progress.Steps.Where(s => s.Step >= from && s.State != StepState.Complete).Select(s => s.Step))
        {
            if (dc.FindDialog(InterviewSteps.DialogId(candidate)) is not null)
            {
                return candidate;
            }

            Log.StepDialogMissing(_logger, InterviewSteps.DialogId(candidate));
            notes.Add(Texts.Format(language, InterviewText.StepUnavailable, candidate));
        }

        return null;
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, Language language, List<string> notes, CancellationToken cancellationToken)
    {
        var plan = TurnState.Of(step.State).Plan;
        var progress = SostacProgress.Evaluate(plan);
        Log.InterviewFinished(_logger, progress.IsComplete);
        notes.Add(progress.CurrentStep is { } gap
            ? Texts.Format(language, InterviewText.PlanHasGaps, gap, InterviewSteps.EditCommand(language, gap))
            : Texts.Get(language, InterviewText.PlanComplete));
        InterviewTurn.Say(step.Context, language, string.Join("\n\n", notes));
        step.Turn.Send(_sideTrips.SummaryMessage(step.State, plan, language));
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static string StepStart(Language language, SostacStep step) => InterviewSteps.Intro(step) is { } intro
        ? Texts.Format(language, InterviewText.StepStart, InterviewSteps.Number(step), step, Texts.Get(language, intro))
        : Texts.Format(language, InterviewText.StepNumber, InterviewSteps.Number(step));

    private static string[] Offers(Language language) =>
    [
        Texts.Get(language, InterviewText.ShowMyPlanLabel),
        Texts.Get(language, InterviewText.StatusLabel),
        Texts.Get(language, InterviewText.HelpLabel),
    ];
}
