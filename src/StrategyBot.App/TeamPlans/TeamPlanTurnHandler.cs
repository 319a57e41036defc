using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// Every turn in a channel or group chat (the conversation's own scope, see <see cref="TurnScope"/>): installs and
/// removals, and the team plan's commands and answers. Reads and writes only that scope's documents, plus one index row
/// per role given; the roster comes from <see cref="ConversationRoster"/>'s cache.
/// </summary>
internal sealed partial class TeamPlanTurnHandler(
    ConversationRoster roster,
    ITeamMembershipIndex index,
    TeamSummaryTracker tracker,
    TimeProvider time,
    ILogger<TeamPlanTurnHandler> logger)
{
    /// <summary>The longest answer kept, as in the 1:1 chat.</summary>
    public const int MaxAnswerLength = ActivityRouter.MaxMessageLength;

    public async Task RouteAsync(TurnContext turn, StateSet state, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var language = Languages.FromLocale(activity.GetLocale());
        switch (activity.Type)
        {
            case ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true:
                Installed(turn, state, language);
                break;
            case ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true:
                Removed(state, activity);
                break;
            case ActivityTypes.ConversationUpdate:
                OnMembersChanged(turn, state, language);
                break;
            case ActivityTypes.Message:
                await OnMessageAsync(turn, state, language, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                turn.InvokeResponse = InvokeResponse.Text(activity.Name, TeamTexts.NotUnderstood(language));
                break;
        }
    }

    /// <summary>True for the activities that install the bot in a team or chat, which the members expect an answer to.</summary>
    public static bool WouldWelcome(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true,
        ActivityTypes.ConversationUpdate => Contains(activity.MembersAdded, activity.Recipient?.Id),
        _ => false,
    };

    private void OnMembersChanged(TurnContext turn, StateSet state, Language language)
    {
        var activity = turn.Activity;
        if (Contains(activity.MembersAdded, activity.Recipient?.Id))
        {
            Installed(turn, state, language);
            return;
        }

        if (Contains(activity.MembersRemoved, activity.Recipient?.Id))
        {
            Removed(state, activity);
            return;
        }

        if (activity.Conversation?.Id is { } conversationId)
        {
            roster.Forget(conversationId);
        }

        // A member who left loses their roles at once (the roster check stops their writes anyway).
        if (TeamDocuments.ReadPlan(state) is { } plan && activity.MembersRemoved is { Count: > 0 } gone)
        {
            var ids = gone.Where(m => m is not null).Select(ConversationRoster.MemberId).OfType<string>().ToHashSet();
            var next = plan with
            {
                Owners = [.. plan.Owners.Where(o => !ids.Contains(o.Id))],
                Editors = [.. plan.Editors.Where(e => !ids.Contains(e.Id))],
                Cursors = [.. plan.Cursors.Where(c => !ids.Contains(c.MemberId))],
            };
            TeamDocuments.Write(state, next);
        }
    }

    private void Installed(TurnContext turn, StateSet state, Language language)
    {
        // Teams sends installationUpdate and conversationUpdate for one install: one welcome card is enough. A
        // reinstall resumes the paused conversation and welcomes again.
        var conversation = TeamDocuments.ReadConversation(state);
        if (conversation.WelcomedAt is not null && !conversation.CheckInsPaused)
        {
            return;
        }

        TeamDocuments.Write(state, conversation with { WelcomedAt = time.GetUtcNow(), RemovedAt = null });
        turn.Send(new Activity { Attachments = [Attachment.AdaptiveCard(TeamPlanCard.Welcome(language))] });
    }

    private void Removed(StateSet state, Activity activity)
    {
        // Nothing is deleted: an owner may add the app again and carry on, or delete the plan.
        var conversation = TeamDocuments.ReadConversation(state);
        if (conversation.RemovedAt is null)
        {
            TeamDocuments.Write(state, conversation with { RemovedAt = time.GetUtcNow() });
            Log.TeamAppRemoved(logger, activity.Conversation?.ConversationType);
        }
    }

    private static bool Contains(IList<ChannelAccount>? members, string? id) =>
        id is not null && members?.Any(m => m?.Id == id) == true;
}
