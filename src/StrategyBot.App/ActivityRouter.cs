using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview;
using StrategyBot.App.Localization;
using StrategyBot.App.MessageExtensions;
using StrategyBot.App.PlanDocument;
using StrategyBot.App.TeamPlans;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App;

/// <summary>
/// What each kind of activity means to StrategyBot. It works on the turn's loaded state and queues replies; the
/// handler around it owns loading, saving and failures.
/// </summary>
internal sealed class ActivityRouter(
    DialogRunner runner,
    CheckInTurnHandler checkIns,
    TimeProvider time,
    ILogger<ActivityRouter> logger,
    MessageExtensionHandler? messageExtensions = null,
    PlanExportTurnHandler? planExport = null,
    TeamPlanTurnHandler? teamPlans = null,
    MyPlans? myPlans = null)
{
    public const string DialogStackDocument = DialogRunner.StackDocumentName;
    public const string RootDialogId = "planInterview";

    /// <summary>
    /// The longest answer we store. Plan answers are sentences, not documents; a paste of a whole web page is
    /// refused with a friendly message instead of bloating every later turn's load.
    /// </summary>
    public const int MaxMessageLength = 2000;

    public async Task RouteAsync(TurnContext turn, StateSet state, CancellationToken cancellationToken)
    {
        // A channel's or group chat's own scope holds its team plan and nothing personal: no profile, interview or
        // check-in schedule of anyone's is read or written there.
        if (state.Scope.Kind == StateScopeKind.Conversation)
        {
            if (teamPlans is not null)
            {
                await teamPlans.RouteAsync(turn, state, cancellationToken);
            }

            return;
        }

        var activity = turn.Activity;
        var profile = RememberClient(state, activity);

        switch (activity.Type)
        {
            case ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true:
                WelcomeOnce(turn, state, profile);
                break;
            case ActivityTypes.InstallationUpdate:
                Log.Uninstalled(logger, activity.Action);
                break;
            case ActivityTypes.ConversationUpdate when BotWasAdded(activity):
                WelcomeOnce(turn, state, profile);
                break;
            case ActivityTypes.Message:
                await OnMessageAsync(turn, state, profile, cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == "adaptiveCard/action":
                await OnCardActionAsync(turn, state, profile, cancellationToken);
                break;
            case ActivityTypes.Invoke when MessagingExtensionInvokes.IsMessagingExtension(activity.Name) && messageExtensions is not null:
                await messageExtensions.HandleAsync(turn, state, profile, cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == FileConsent.InvokeName && planExport is not null:
                await planExport.HandleConsentAsync(turn, state, profile.Language, cancellationToken);
                break;
        }

        // Starts, moves or stops the weekly check-in when the plan's KPIs, slot or zone changed this turn.
        await checkIns.SyncScheduleAsync(turn, state, profile.Language, cancellationToken);

        // Whichever reader met an unreadable plan or profile this turn set it aside and went on with a fresh one. The
        // sync above read both, so this costs no parse (reading them up front cost one more plan read on every turn
        // that saves the plan); the notice goes ahead of the replies it explains.
        TurnState.Of(state).SetAsideUnreadable();
        UnreadableDocumentNotice.Deliver(turn, state, profile.Language, logger);
    }

    /// <summary>After another device answered first: say so, then ask the question the conversation is on now.</summary>
    public async Task ExplainMovedOnAsync(TurnContext turn, StateSet state, CancellationToken cancellationToken)
    {
        var typed = TurnState.Of(state);
        var profile = typed.Profile;
        typed.SetAsideUnreadable();
        UnreadableDocumentNotice.Deliver(turn, state, profile.Language, logger);
        turn.SendText(Texts.Get(profile.Language, TextKey.AnsweredOnOtherDevice));
        await runner.RepromptAsync(turn, state, cancellationToken);
    }

    private async Task OnMessageAsync(TurnContext turn, StateSet state, UserProfile profile, CancellationToken cancellationToken)
    {
        var text = turn.Activity.GetTextWithoutRecipientMention();
        if (text is { Length: > MaxMessageLength })
        {
            Log.MessageTooLong(logger, text.Length, MaxMessageLength);
            turn.SendText(Texts.Format(profile.Language, TextKey.MessageTooLong, LocalFormat.Number(profile.Language, MaxMessageLength)));
            return;
        }

        // "export my plan" works at any point, like the privacy commands: it only reads the plan, so an open
        // interview question stays open.
        if (planExport is not null && await planExport.TryHandleMessageAsync(turn, state, profile.Language, cancellationToken))
        {
            return;
        }

        // "my plans" only reads (the user's index of team plans), so like export it leaves an open question open.
        if (myPlans is not null && await myPlans.TryHandleAsync(turn, state, profile.Language, cancellationToken))
        {
            return;
        }

        // Check-in commands and numbers come first: "reach 12000 clicks 340" must reach the waiting check-in even
        // while an interview question is open.
        if (await checkIns.TryHandleAsync(turn, state, profile.Language, cancellationToken))
        {
            return;
        }

        // While the interview waits for an answer, it owns every message: its commands (help for this step, back,
        // language, ...) know the question to ask again. Outside it, the manifest's commands and the welcome card's
        // buttons are answered here, and anything else starts or resumes the interview.
        if (runner.HasActiveDialog(state))
        {
            await runner.RunAsync(turn, state, RootDialogId, cancellationToken);
            return;
        }

        var command = InterviewCommands.Parse(turn.Activity);
        switch (command?.Kind)
        {
            case InterviewCommandKind.Help:
                turn.SendText(Texts.Get(profile.Language, TextKey.HelpText));
                return;
            case InterviewCommandKind.Language:
                SwitchLanguage(turn, state, profile, command.Language);
                return;
            case InterviewCommandKind.Summary:
                turn.Send(PlanPresenter.SummaryMessage(state, profile.Language, time.GetUtcNow()));
                return;
            default:
                await runner.RunAsync(turn, state, RootDialogId, cancellationToken);
                return;
        }
    }

    private async Task OnCardActionAsync(TurnContext turn, StateSet state, UserProfile profile, CancellationToken cancellationToken)
    {
        var verb = (string?)(turn.Activity.Value?["action"]?["verb"]);
        if (verb == CardActions.Form)
        {
            await OnFormAsync(turn, state, profile, cancellationToken);
            return;
        }

        turn.InvokeResponse = verb == CardActions.ShowPlan
            ? InvokeResponse.Card(PlanPresenter.SummaryCard(state, profile.Language, time.GetUtcNow()))
            : InvokeResponse.Message(Texts.Get(profile.Language, TextKey.UnknownCommand));
    }

    // The interview step that sent the form answers it (Interview/FormSubmission); a form no step claims is from a
    // question the conversation has left: nothing is changed, and the current question is asked again under it.
    private async Task OnFormAsync(TurnContext turn, StateSet state, UserProfile profile, CancellationToken cancellationToken)
    {
        if (runner.HasActiveDialog(state))
        {
            await runner.RunAsync(turn, state, RootDialogId, cancellationToken);
        }

        if (turn.InvokeResponse is null)
        {
            turn.InvokeResponse = InvokeResponse.Message(Texts.Get(profile.Language, FormText.FormNotCurrent));
            await runner.RepromptAsync(turn, state, cancellationToken);
        }
    }

    private void WelcomeOnce(TurnContext turn, StateSet state, UserProfile profile)
    {
        // Teams sends installationUpdate and conversationUpdate for one install; one welcome is enough.
        if (profile.WelcomedAt is not null)
        {
            return;
        }

        var now = time.GetUtcNow();
        TurnState.Of(state).UpdateProfile(p => p with { WelcomedAt = now });
        turn.Send(new Activity
        {
            Attachments = [Attachment.AdaptiveCard(WelcomeCard.Build(profile.Language))],
        });
    }

    private static void SwitchLanguage(TurnContext turn, StateSet state, UserProfile profile, Language? requested)
    {
        // The welcome card names the target language, so a double click lands on the same language instead of
        // toggling back; a bare "language" toggles.
        var chosen = requested ?? Languages.Toggle(profile.Language);
        var switched = TurnState.Of(state).UpdateProfile(p => p with { LanguageChoice = chosen });
        turn.SendText(Texts.Get(switched.Language, TextKey.LanguageSwitched));
    }

    private static UserProfile RememberClient(StateSet state, Activity activity)
    {
        // Stored only when something changed (the write compares the JSON), so a turn from the same client writes nothing.
        return TurnState.Of(state).UpdateProfile(profile => profile with
        {
            LastLocale = activity.GetLocale() is { Length: > 0 } locale ? locale : profile.LastLocale,
            TimeZoneId = !profile.TimeZoneConfirmed && activity.GetTimeZoneId() is { Length: > 0 } zone ? zone : profile.TimeZoneId,
        });
    }

    /// <summary>True for the activities that install the bot, which the user expects an answer to.</summary>
    public static bool WouldWelcome(Activity activity) => TurnScope.IsShared(activity) ? TeamPlanTurnHandler.WouldWelcome(activity) : activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true,
        ActivityTypes.ConversationUpdate => BotWasAdded(activity),
        _ => false,
    };

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m?.Id is { } id && id == activity.Recipient?.Id) == true;
}
