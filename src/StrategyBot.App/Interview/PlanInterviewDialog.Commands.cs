using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// The commands, handled before the active step sees the message. Afterwards the current question is asked again,
/// so the user always knows what the bot is waiting for. After a break of more than an hour the bot first says
/// where the user is.
/// </summary>
internal sealed partial class PlanInterviewDialog
{
    private static readonly TimeSpan WelcomeBackAfter = TimeSpan.FromHours(1);

    protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (innerDc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return null; // a form card's Action.Execute: the step that asked it answers it (FormSubmission)
        }

        var memory = InterviewMemory.Load(innerDc.State);
        var away = memory.Touch(_time.GetUtcNow());
        memory.Save(innerDc.State);

        var language = InterviewTurn.Language(innerDc);
        var here = CurrentStep(innerDc);
        var command = InterviewCommands.Parse(innerDc.Turn.Activity);
        if (command is not null)
        {
            Log.InterviewCommandReceived(_logger, command.Kind, here);
        }

        if (away > WelcomeBackAfter && here is { } step)
        {
            InterviewTurn.Say(innerDc, language, Texts.Format(language, InterviewText.WelcomeBack, step, InterviewSteps.Number(step)));
            if (command?.Kind == InterviewCommandKind.Resume)
            {
                return await AskAgainAsync(innerDc, cancellationToken);
            }
        }

        if (StaleCardAnswer(innerDc) is { } stale)
        {
            Log.StaleCardAnswer(_logger, stale.Answered, stale.Current);
            InterviewTurn.Say(innerDc, language, Texts.Get(language, InterviewText.StaleCard));
            return await AskAgainAsync(innerDc, cancellationToken);
        }

        switch (command?.Kind)
        {
            case null or InterviewCommandKind.Keep:
                return null;
            case InterviewCommandKind.Help or InterviewCommandKind.Status or InterviewCommandKind.Summary:
                Answer(innerDc, command, language, here);
                return await AskAgainAsync(innerDc, cancellationToken);
            case InterviewCommandKind.Resume:
                if (here is { } at)
                {
                    InterviewTurn.Say(innerDc, language, Texts.Format(language, InterviewText.CarryOn, at, InterviewSteps.Number(at)));
                }

                return await AskAgainAsync(innerDc, cancellationToken);
            case InterviewCommandKind.Language:
                Answer(innerDc, command, language, here);
                // A re-sent prompt would still be in the old language: the question is built again instead.
                return innerDc.ActiveDialog is { } active && innerDc.FindDialog(active.Id) is InterviewStepDialog stepDialog
                    ? await stepDialog.ReaskAsync(innerDc, cancellationToken)
                    : await innerDc.AskAgainFromStepAsync(cancellationToken);
            case InterviewCommandKind.Back:
                return await BackAsync(innerDc, language, here, cancellationToken);
            case InterviewCommandKind.Skip:
                return await SkipAsync(innerDc, language, cancellationToken);
            case InterviewCommandKind.Cancel:
                return await PauseAsync(innerDc, language, cancellationToken);
            case InterviewCommandKind.Restart when !innerDc.Stack.Any(i => i.Id == InterviewSideTrips.RestartId):
                return await innerDc.BeginDialogAsync(InterviewSideTrips.RestartId, null, cancellationToken);
            case InterviewCommandKind.Edit when command.Step is { } editStep:
                return await innerDc.BeginDialogAsync(InterviewSideTrips.EditId, InterviewSideTrips.EditOptions(editStep), cancellationToken);
            case InterviewCommandKind.Edit:
                InterviewTurn.Say(innerDc, language, Texts.Get(language, InterviewText.EditWhichStep));
                return await AskAgainAsync(innerDc, cancellationToken);
            case InterviewCommandKind.QuickCapture when !innerDc.Stack.Any(i => i.Id == InterviewSideTrips.CaptureId):
                return await innerDc.BeginDialogAsync(InterviewSideTrips.CaptureId, InterviewSideTrips.CaptureOptions(command.Text), cancellationToken);
            case InterviewCommandKind.QuickCapture:
                return null;
            default:
                return await AskAgainAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>Replies to help, status, summary or language; returns the language from now on.</summary>
    private Language Answer(DialogContext dc, InterviewCommand command, Language language, SostacStep? here)
    {
        switch (command.Kind)
        {
            case InterviewCommandKind.Help:
                var help = Texts.Get(language, InterviewText.HelpCommands);
                InterviewTurn.Say(dc, language, here is { } step
                    ? Texts.Format(language, InterviewText.HelpHeading, step, InterviewSteps.Number(step)) + "\n\n"
                        + Texts.Get(language, InterviewSteps.Help(step)) + "\n\n" + help
                    : help);
                return language;
            case InterviewCommandKind.Status:
                InterviewTurn.Say(dc, language, PlanStatus.Describe(TurnState.Of(dc.State).Plan, language, here));
                return language;
            case InterviewCommandKind.Summary:
                dc.Turn.Send(_sideTrips.SummaryMessage(dc.State, TurnState.Of(dc.State).Plan, language));
                return language;
            default:
                var chosen = command.Language ?? Languages.Toggle(language);
                TurnState.Of(dc.State).UpdateProfile(profile => profile with { LanguageChoice = chosen });
                InterviewTurn.Say(dc, chosen, Texts.Get(chosen, TextKey.LanguageSwitched));
                return chosen;
        }
    }

    private static async Task<DialogTurnResult> BackAsync(DialogContext innerDc, Language language, SostacStep? here, CancellationToken cancellationToken)
    {
        if (innerDc.ActiveDialog is { } active && innerDc.FindDialog(active.Id)?.CanGoBack(innerDc, active) == true)
        {
            return await innerDc.GoBackAsync(cancellationToken) ?? DialogTurnResult.Waiting;
        }

        // A teammate's step at its first question, or the restart confirmation: nothing earlier on this stack.
        InterviewTurn.Say(innerDc, language, here is { } step && step > SostacStep.Situation
            ? Texts.Format(language, InterviewText.CannotGoBackStep, step, InterviewSteps.EditCommand(language, step - 1))
            : Texts.Get(language, InterviewText.CannotGoBackHere));
        return await AskAgainAsync(innerDc, cancellationToken);
    }

    private static async Task<DialogTurnResult> SkipAsync(DialogContext innerDc, Language language, CancellationToken cancellationToken)
    {
        if (await innerDc.SkipAsync(cancellationToken) is { } skipped)
        {
            return skipped;
        }

        var why = ActiveStep(innerDc) is ({ } dialog, { } instance) && dialog.CurrentHelp(innerDc, instance) is { } help
            ? Texts.Format(language, InterviewText.CannotSkip, help)
            : Texts.Get(language, InterviewText.CannotSkipGeneric);
        InterviewTurn.Say(innerDc, language, why);
        return await AskAgainAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> PauseAsync(DialogContext innerDc, Language language, CancellationToken cancellationToken)
    {
        // The flow's own step (the lowest step dialog) is where the interview resumes, even if "edit" was open on top.
        var memory = InterviewMemory.Load(innerDc.State);
        var running = innerDc.Stack.FirstOrDefault(i => InterviewSteps.FromDialogId(i.Id) is not null);
        if (running is not null)
        {
            var values = innerDc.FindDialog(running.Id) is InterviewStepDialog ? InterviewStepDialog.FlowValues(running) : null;
            memory.ResumeDialogId = running.Id;
            memory.ResumeKey = (string?)values?[QuestionFlow.QuestionKey];
            memory.ResumeItem = values is null ? 0 : QuestionFlow.Item(values);
            memory.Save(innerDc.State);
        }

        Log.InterviewPaused(_logger, memory.ResumeDialogId, memory.ResumeKey);
        InterviewTurn.Say(innerDc, language, Texts.Get(language, InterviewText.Paused));
        return await innerDc.CancelAllAsync(cancellationToken);
    }

    private static async Task<DialogTurnResult> AskAgainAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.RepromptDialogAsync(cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>The step the user is in: the topmost step dialog on the stack, else the first incomplete step.</summary>
    private static SostacStep? CurrentStep(DialogContext innerDc) =>
        innerDc.Stack.Reverse().Select(i => InterviewSteps.FromDialogId(i.Id)).FirstOrDefault(s => s is not null)
        ?? SostacProgress.Evaluate(TurnState.Of(innerDc.State).Plan).CurrentStep;

    private static (InterviewStepDialog Dialog, DialogInstance Instance)? ActiveStep(DialogContext innerDc) =>
        innerDc.ActiveDialog is { } active && innerDc.FindDialog(active.Id) is InterviewStepDialog dialog ? (dialog, active) : null;

    // A card stays in the chat after it was answered; a later tap on it must not answer whatever is asked now.
    private static (string Answered, string? Current)? StaleCardAnswer(DialogContext innerDc)
    {
        if (innerDc.Turn.Activity.Value is not JsonObject submitted
            || InterviewCommands.Field(submitted, CardActions.ActionField) != CardActions.Answer
            || InterviewCommands.Field(submitted, CardActions.PromptIdField) is not { } answered
            || ActiveStep(innerDc) is not (_, { } instance))
        {
            return null;
        }

        // Without a prompt id the step handed over to a dialog (the SMART coaching), whose cards carry their own ids.
        var current = (string?)InterviewStepDialog.FlowValues(instance)?[QuestionFlow.PromptIdKey];
        return current is null || current == answered ? null : (answered, current);
    }
}
