using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// The message extension's invokes (docs/bot-protocol.md#message-extensions): "Save as goal" and "New goal" open the
/// goal dialog (<c>composeExtension/fetchTask</c>) and save it (<c>composeExtension/submitAction</c>); "My objectives"
/// searches the plan (<c>composeExtension/query</c>). Works on the turn's loaded state like the rest of the router, so
/// a save is part of the turn's one atomic write. Every invoke gets an answer Teams can show, never an error status:
/// a malformed or unknown one is answered with a message and changes nothing.
/// </summary>
internal sealed partial class MessageExtensionHandler(ICheckInHistory history, TimeProvider time, ILogger<MessageExtensionHandler> logger)
{
    public async Task HandleAsync(TurnContext turn, StateSet state, UserProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(profile);
        var language = profile.Language;
        turn.InvokeResponse = turn.Activity.Name switch
        {
            MessagingExtensionInvokes.FetchTask => Fetch(turn, state, profile, language),
            MessagingExtensionInvokes.SubmitAction => Submit(turn, state, profile, language),
            MessagingExtensionInvokes.Query => await QueryAsync(turn, state, profile, language, cancellationToken),
            _ => Malformed(turn, "an invoke name this app does not handle", compose: true, language),
        };
    }

    private InvokeResponse Fetch(TurnContext turn, StateSet state, UserProfile profile, Language language)
    {
        if (!MessagingExtensionAction.TryRead(turn.Activity.Value, out var action))
        {
            return Malformed(turn, "no commandId", compose: false, language);
        }

        if (action.CommandId is not (MessageExtensionCommands.SaveAsGoal or MessageExtensionCommands.NewGoal))
        {
            return UnknownCommand(turn, compose: false, language);
        }

        var plan = MessageExtensionPlan.Read(state);
        if (plan.Objectives.Count >= PlanRules.MaxObjectives)
        {
            Log.ObjectiveCapReached(logger, PlanRules.MaxObjectives);
            return Answered(turn, action.CommandId, "cap reached", DialogMessage(Texts.Format(language, ObjectiveText.QuickCaptureCap, PlanRules.MaxObjectives)));
        }

        var text = action.CommandId == MessageExtensionCommands.SaveAsGoal
            ? MessageText.Plain(action.MessageContent, action.MessageContentType, SmartCheck.MaxTextLength)
            : "";
        var today = Today(turn, profile);
        var review = GoalChecker.Review(new GoalForm { Text = text }, Context(plan, today, language), language);
        var form = text.Length == 0 ? new GoalForm() : GoalForm.FromObjective(review.Draft, language);
        var card = GoalDialogCard.Build(form, review, showProblems: false, startsPlan: !MessageExtensionPlan.Exists(state), today, language);
        return Answered(turn, action.CommandId, "dialog", Dialog(action.CommandId, card, language));
    }

    private InvokeResponse Submit(TurnContext turn, StateSet state, UserProfile profile, Language language)
    {
        if (!MessagingExtensionAction.TryRead(turn.Activity.Value, out var action))
        {
            return Malformed(turn, "no commandId", compose: false, language);
        }

        if (action.CommandId is not (MessageExtensionCommands.SaveAsGoal or MessageExtensionCommands.NewGoal))
        {
            return UnknownCommand(turn, compose: false, language);
        }

        if (action.Data is not { } data || Field(data, GoalDialogCard.ActionField) != GoalDialogCard.SaveAction)
        {
            return Malformed(turn, "no dialog data", compose: false, language);
        }

        var plan = MessageExtensionPlan.Read(state);
        var today = Today(turn, profile);
        var form = GoalForm.FromSubmission(data);
        var review = GoalChecker.Review(form, Context(plan, today, language), language);
        var startsPlan = !MessageExtensionPlan.Exists(state);
        if (!review.CanSave)
        {
            var again = GoalDialogCard.Build(form, review, showProblems: true, startsPlan, today, language);
            return Answered(turn, action.CommandId, "dialog with problems", Dialog(action.CommandId, again, language));
        }

        // A retried or double-clicked submit arrives again, possibly with a new id: the same goal is not added twice.
        if (plan.Objectives.FirstOrDefault(o => SameGoal(o, review.Draft)) is { } saved)
        {
            Log.GoalAlreadySaved(logger, saved.Id);
            return Answered(turn, action.CommandId, "confirmation", Confirmation(saved, language));
        }

        if (plan.Objectives.Count >= PlanRules.MaxObjectives)
        {
            Log.ObjectiveCapReached(logger, PlanRules.MaxObjectives);
            return Answered(turn, action.CommandId, "cap reached", DialogMessage(Texts.Format(language, ObjectiveText.QuickCaptureCap, PlanRules.MaxObjectives)));
        }

        var draft = review.Draft with { Id = ObjectiveDraft.NewId(plan) };
        var number = MessageExtensionPlan.Save(state, draft, review.Assessment);
        Log.GoalSavedFromExtension(logger, draft.Id, number, startsPlan);
        return Answered(turn, action.CommandId, "confirmation", Confirmation(draft, language));
    }

    private static InvokeResponse Confirmation(Objective objective, Language language)
    {
        var card = ObjectiveCard.Saved(objective, language);
        var title = Texts.Get(language, MessageExtensionText.SavedTitle);
        return InvokeResponse.Compose(MessagingExtensionResult.Result(
            [MessagingExtensionAttachment.AdaptiveCard(card, title, Preview(objective.Text))]));
    }

    private static InvokeResponse Dialog(string commandId, JsonObject card, Language language) =>
        InvokeResponse.Dialog(TaskModuleResponse.Continue(new TaskModuleTaskInfo
        {
            Title = Texts.Get(language, commandId == MessageExtensionCommands.NewGoal ? MessageExtensionText.DialogTitleNew : MessageExtensionText.DialogTitleSave),
            Height = "large",
            Width = "medium",
            Card = Attachment.AdaptiveCard(card),
        }));

    private static InvokeResponse DialogMessage(string text) => InvokeResponse.Dialog(TaskModuleResponse.Message(text));

    // Same words and the same fields: what a second submit of one dialog carries.
    private static bool SameGoal(Objective saved, Objective draft) =>
        string.Equals(saved.Text, draft.Text, StringComparison.Ordinal)
        && saved.Metric == draft.Metric && saved.Platform == draft.Platform
        && saved.Target == draft.Target && saved.Unit == draft.Unit && saved.Change == draft.Change
        && saved.Baseline == draft.Baseline && saved.Deadline == draft.Deadline;

    private static SmartContext Context(MarketingPlan plan, DateOnly today, Language language) => new()
    {
        Today = today,
        Presence = plan.Situation.Presence,
        Personas = plan.Situation.Personas,
        Language = language == Language.Persian ? "fa" : "en",
    };

    // The user's today, as the interview reckons it: the profile's zone, else the one Teams sent, else UTC.
    private DateOnly Today(TurnContext turn, UserProfile profile)
    {
        var zone = TimeZones.Find(profile.TimeZoneId) ?? TimeZones.Find(turn.Activity.GetTimeZoneId()) ?? TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    private static string? Field(JsonObject data, string name) =>
        data[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    private static string Preview(string text) => text.Length > 80 ? text[..79] + "…" : text;

    private InvokeResponse Answered(TurnContext turn, string commandId, string answer, InvokeResponse response)
    {
        Log.MessageExtensionAnswered(logger, turn.Activity.Name ?? "", commandId, answer);
        return response;
    }

    private InvokeResponse Malformed(TurnContext turn, string problem, bool compose, Language language)
    {
        Log.MessageExtensionMalformed(logger, turn.Activity.Name, problem);
        var text = Texts.Get(language, MessageExtensionText.Malformed);
        return compose ? InvokeResponse.Compose(MessagingExtensionResult.Message(text)) : DialogMessage(text);
    }

    private InvokeResponse UnknownCommand(TurnContext turn, bool compose, Language language)
    {
        // The id itself is not logged: it is client-controlled text.
        Log.MessageExtensionMalformed(logger, turn.Activity.Name, "unknown command id");
        var text = Texts.Get(language, MessageExtensionText.UnknownCommand);
        return compose ? InvokeResponse.Compose(MessagingExtensionResult.Message(text)) : DialogMessage(text);
    }
}
