using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.TeamPlans;

internal sealed partial class TeamPlanTurnHandler
{
    private async Task OnMessageAsync(TurnContext turn, StateSet state, Language language, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;

        // The bot's own mention is cut from the text by its entity, so "<at>StrategyBot</at> fill tactics" reads as
        // "fill tactics" whatever the bot is called in this tenant.
        var text = activity.GetTextWithoutRecipientMention() ?? "";
        if (text.Length > MaxAnswerLength)
        {
            turn.SendText(TeamTexts.TooLong(language, MaxAnswerLength));
            return;
        }

        var command = TeamCommand.Parse(text);
        if (command.Kind == TeamCommandKind.Help)
        {
            turn.SendText(TeamTexts.Help(language));
            return;
        }

        var plan = TeamDocuments.ReadPlan(state);
        if (plan is null && command.Kind is not TeamCommandKind.Start)
        {
            turn.SendText(command.Kind == TeamCommandKind.None ? TeamTexts.Help(language) : TeamTexts.NoPlan(language));
            return;
        }

        // Everything below reads or changes the plan: only a member of the conversation, by the roster, may.
        var members = await ReadRosterAsync(turn, language, cancellationToken);
        if (members is null)
        {
            return;
        }

        var sender = activity.From is { } from && ConversationRoster.MemberId(from) is { } id && members.TryGetValue(id, out var known) ? known : null;
        if (sender is null)
        {
            Log.TeamPlanNotAMember(logger, command.Kind.ToString());
            turn.SendText(TeamTexts.NotAMember(language));
            return;
        }

        switch (command.Kind)
        {
            case TeamCommandKind.Start when plan is null:
                await StartAsync(turn, state, sender, language, cancellationToken);
                return;
            case TeamCommandKind.Start:
                turn.SendText(TeamTexts.AlreadyStarted(language, TeamTexts.Names(plan!.Owners)));
                return;
            case TeamCommandKind.Show:
                turn.Send(new Activity { Attachments = [Attachment.AdaptiveCard(TeamPlanCard.Build(plan!, language))] });
                return;
            case TeamCommandKind.AddEditor:
                await AddEditorsAsync(turn, state, plan!, sender, members, language, cancellationToken);
                return;
            case TeamCommandKind.Fill when plan!.MayEdit(sender.Id):
                plan = plan.WithCursor(sender.Id, new TeamCursor(sender.Id, command.Step!.Value, 0));
                TeamDocuments.Write(state, plan);
                Ask(turn, plan, sender, language);
                return;
            case TeamCommandKind.Fill:
                turn.SendText(TeamTexts.NotAnEditor(language, TeamTexts.Names(plan.Owners)));
                return;
            case TeamCommandKind.Stop:
                TeamDocuments.Write(state, plan!.WithCursor(sender.Id, null));
                turn.SendText(TeamTexts.Stopped(language));
                return;
            default:
                Answer(turn, state, plan!, sender, text, language);
                return;
        }
    }

    private async Task StartAsync(TurnContext turn, StateSet state, TeamMember owner, Language language, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var plan = new TeamPlan
        {
            StartedBy = owner,
            StartedAt = time.GetUtcNow(),
            ConversationName = ConversationName(activity),
            Owners = [owner],
        };
        TeamDocuments.Write(state, plan);
        await index.SetAsync(UserScope(state.Scope, owner.Id), Membership(state.Scope, plan, TeamRole.Owner, language), cancellationToken);
        turn.SendText(TeamTexts.Started(language, owner.Name));

        // The one card of the plan: its id arrives after delivery and is stored then, so every later change
        // replaces this card in place (TeamSummaryTracker).
        var scope = state.Scope;
        var thread = activity.Conversation?.Id;
        turn.SendTracked(
            new Activity { Attachments = [Attachment.AdaptiveCard(TeamPlanCard.Build(plan, language))] },
            (sent, ct) => tracker.RecordAsync(scope, sent.Id, thread, ct));
        Log.TeamPlanChanged(logger, "started", activity.Conversation?.ConversationType);
    }

    private async Task AddEditorsAsync(
        TurnContext turn, StateSet state, TeamPlan plan, TeamMember sender, IReadOnlyDictionary<string, TeamMember> members,
        Language language, CancellationToken cancellationToken)
    {
        if (!plan.IsOwner(sender.Id))
        {
            turn.SendText(TeamTexts.OwnersOnly(language));
            return;
        }

        var mentioned = turn.Activity.GetMentionedUsers();
        if (mentioned.Count == 0)
        {
            turn.SendText(TeamTexts.MentionSomeone(language));
            return;
        }

        var added = new List<TeamMember>();
        foreach (var account in mentioned)
        {
            if (account.Id is { } mentionedId && members.TryGetValue(mentionedId, out var member))
            {
                plan = plan.WithEditor(member);
                added.Add(member);
            }
            else
            {
                turn.SendText(TeamTexts.NotInRoster(language, account.Name ?? account.Id ?? "?"));
            }
        }

        if (added.Count == 0)
        {
            return;
        }

        TeamDocuments.Write(state, plan);
        foreach (var member in added.Where(m => !plan.IsOwner(m.Id)))
        {
            await index.SetAsync(UserScope(state.Scope, member.Id), Membership(state.Scope, plan, TeamRole.Editor, language), cancellationToken);
        }

        turn.SendText(TeamTexts.EditorsAdded(language, TeamTexts.Names(added)));
        UpdateSummary(turn, plan, language);
        Log.TeamPlanChanged(logger, "editor added", turn.Activity.Conversation?.ConversationType);
    }

    private void Answer(TurnContext turn, StateSet state, TeamPlan plan, TeamMember sender, string text, Language language)
    {
        var cursor = plan.CursorOf(sender.Id);
        if (cursor is null || !plan.MayEdit(sender.Id))
        {
            turn.SendText(TeamTexts.NotUnderstood(language));
            return;
        }

        if (text.Length == 0)
        {
            Ask(turn, plan, sender, language);
            return;
        }

        // Applied to the plan as loaded for this turn: when another member's answer was saved first, the handler's
        // conflict retry runs this turn again on the fresh plan, so both answers are kept.
        plan = plan.WithAnswer(new TeamAnswer(cursor.Step, cursor.Question, text, sender, time.GetUtcNow()));
        var next = cursor.Question + 1 < TeamQuestions.CountIn(cursor.Step) ? cursor with { Question = cursor.Question + 1 } : null;
        plan = plan.WithCursor(sender.Id, next);
        TeamDocuments.Write(state, plan);
        if (next is null)
        {
            turn.SendText(TeamTexts.StepDone(language, sender.Name, TeamQuestions.StepName(language, cursor.Step)));
            UpdateSummary(turn, plan, language);
            Log.TeamPlanChanged(logger, "step answered", turn.Activity.Conversation?.ConversationType);
            return;
        }

        UpdateSummary(turn, plan, language);
        Ask(turn, plan, sender, language);
    }

    private static void Ask(TurnContext turn, TeamPlan plan, TeamMember member, Language language)
    {
        var cursor = plan.CursorOf(member.Id)!;
        turn.SendText(TeamTexts.Question(
            language,
            member.Name,
            TeamQuestions.StepName(language, cursor.Step),
            cursor.Question + 1,
            TeamQuestions.CountIn(cursor.Step),
            TeamQuestions.Get(language, cursor.Step, cursor.Question)));
    }

    private static void UpdateSummary(TurnContext turn, TeamPlan plan, Language language)
    {
        if (plan.SummaryActivityId is { } id)
        {
            turn.UpdateActivity(id, new Activity { Attachments = [Attachment.AdaptiveCard(TeamPlanCard.Build(plan, language))] }, plan.SummaryConversationId);
        }
    }

    private async Task<IReadOnlyDictionary<string, TeamMember>?> ReadRosterAsync(TurnContext turn, Language language, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        try
        {
            return await roster.GetAsync(activity.ServiceUrl ?? "", activity.Conversation?.Id ?? "", cancellationToken);
        }
        catch (ConnectorException ex)
        {
            Log.TeamRosterUnavailable(logger, ex.ErrorCode, ex);
            turn.SendText(TeamTexts.RosterUnavailable(language));
            return null;
        }
    }

    private static TeamMembership Membership(StateScope conversation, TeamPlan plan, TeamRole role, Language language) =>
        new(conversation.Key, plan.ConversationName ?? TeamTexts.ThisConversation(language), role, plan.StartedAt);

    private static StateScope UserScope(StateScope conversation, string memberId) => StateScope.ForUser(conversation.TenantId, memberId);

    // Teams names a group chat in conversation.name when it has a topic, and a channel in channelData.channel.name.
    private static string? ConversationName(Activity activity)
    {
        var channel = NameIn(activity.ChannelData?["channel"]);
        var team = NameIn(activity.ChannelData?["team"]);
        var name = activity.Conversation?.Name ?? (team is not null && channel is not null ? $"{team} › {channel}" : channel ?? team);
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    private static string? NameIn(System.Text.Json.Nodes.JsonNode? node) =>
        node is System.Text.Json.Nodes.JsonObject { } o && o["name"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue(out string? name) ? name : null;
}
