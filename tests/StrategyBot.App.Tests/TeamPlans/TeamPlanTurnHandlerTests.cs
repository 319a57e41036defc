using StrategyBot.App.TeamPlans;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;
using static StrategyBot.App.Tests.TeamPlans.TeamHost;

namespace StrategyBot.App.Tests.TeamPlans;

/// <summary>Team plans as a channel and a group chat go through them, one rule per test.</summary>
public sealed class TeamPlanTurnHandlerTests
{
    private readonly TeamHost _host = new();

    [Fact]
    public async Task Start_InAChannel_StarterOwnsThePlanTheCardIsTrackedAndTheirIndexHasIt()
    {
        _host.RosterIs(Ada, Ben, Cy);

        var turn = await _host.SayAsync(Ada, "start a team plan");

        var plan = await _host.PlanAsync();
        Assert.NotNull(plan);
        Assert.Equal([new TeamMember("aad-ada", "Ada")], plan.Owners);
        Assert.Equal(2, turn.Outbox.Count);
        Assert.StartsWith("Team plan started. Owner: Ada.", turn.Outbox[0].Text);
        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(turn.Outbox[1].Attachments!).ContentType);
        var listed = Assert.Single(await _host.Index.ListAsync(StateScope.ForUser(Activities.TenantId, "aad-ada"), CancellationToken.None));
        Assert.Equal((Scope().Key, TeamRole.Owner), (listed.ConversationScopeKey, listed.Role));
    }

    [Fact]
    public async Task Start_ReadsTheRosterPageByPage_ThenFromTheCacheUntilItExpires()
    {
        _host.RosterIs(Ada, Ben, Cy);
        await _host.SayAsync(Ada, "start a team plan");
        var afterStart = _host.Connector.Requests.Count;

        await _host.SayAsync(Ada, "show team plan");
        var cached = _host.Connector.Requests.Count;
        _host.Time.Advance(ConversationRoster.Lifetime);
        _host.RosterIs(Ada, Ben, Cy);
        await _host.SayAsync(Ada, "show team plan");

        Assert.Equal(2, afterStart);
        Assert.EndsWith("pagedmembers?pageSize=500&continuationToken=next", _host.Connector.Requests[1].PathAndQuery);
        Assert.Equal(2, cached);
        Assert.Equal(4, _host.Connector.Requests.Count);
    }

    [Fact]
    public async Task Answers_TwoMembersFillDifferentSteps_BothKeptWithAuthorAndTime_CardUpdatedInPlace()
    {
        _host.RosterIs(Ada, Ben, Cy);
        await _host.SayAsync(Ada, "start a team plan");
        await _host.DeliverSummaryAsync(cardId: "card-42");
        await _host.SayAsync(Ada, "add editor <at>Ben</at>", mentions: Ben);
        await _host.SayAsync(Ada, "fill situation");
        var ask = await _host.SayAsync(Ben, "fill tactics");

        var adaAnswer = await _host.SayAsync(Ada, "We sell handmade shoes online");
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        var benAnswer = await _host.SayAsync(Ben, "Instagram and TikTok, two reels a week");

        Assert.Equal("Ben, Tactics (1 of 2): Which platforms and content do we use?", Assert.Single(ask.Outbox).Text);
        var plan = (await _host.PlanAsync())!;
        Assert.Equal(
            [(SostacStep.Situation, "We sell handmade shoes online", "Ada"), (SostacStep.Tactics, "Instagram and TikTok, two reels a week", "Ben")],
            plan.Answers.Select(a => (a.Step, a.Text, a.By.Name)));
        Assert.Equal(_host.Time.GetUtcNow(), plan.Answers[1].At);
        Assert.Equal("card-42", Assert.Single(adaAnswer.Updates).ActivityId);
        Assert.Equal(ChannelId, benAnswer.Updates[0].ConversationId);
        Assert.Contains("Instagram and TikTok", benAnswer.Updates[0].Activity.Attachments![0].Content!.ToJsonString());
        Assert.Equal("Ben, Tactics (2 of 2): What is our budget, and how do we split it?", Assert.Single(benAnswer.Outbox).Text);
    }

    [Fact]
    public async Task Answers_SavedAtTheSameTimeByTwoMembers_MergeWithoutLoss()
    {
        _host.RosterIs(Ada, Ben, Cy);
        await _host.SayAsync(Ada, "start a team plan");
        await _host.SayAsync(Ada, "add editor <at>Ben</at>", mentions: Ben);
        await _host.SayAsync(Ada, "fill objectives");
        await _host.SayAsync(Ben, "fill control");

        // Ben's answer is saved while Ada's turn is between its load and its save: her save conflicts and runs again.
        _host.Store.BeforeNextSave = () => _host.SayAsync(Ben, "Followers and saves, weekly");
        await _host.SayAsync(Ada, "Double online sales by June");

        var plan = (await _host.PlanAsync())!;
        Assert.Equal(["Followers and saves, weekly", "Double online sales by June"], plan.Answers.Select(a => a.Text));
        Assert.Equal([(SostacStep.Objectives, 1), (SostacStep.Control, 1)], plan.Cursors.OrderBy(c => c.Step).Select(c => (c.Step, c.Question)));
    }

    [Fact]
    public async Task Answer_ReadsTheRosterFromCacheAndWritesOnlyTheConversationScopeOnce()
    {
        _host.RosterIs(Ada, Ben, Cy);
        await _host.SayAsync(Ada, "start a team plan");
        await _host.SayAsync(Ada, "fill strategy");
        var (requests, saves, indexWrites) = (_host.Connector.Requests.Count, _host.Inner.SaveCount, _host.Index.Writes);

        await _host.SayAsync(Ada, "Young urban buyers who care about craft");

        Assert.Equal(requests, _host.Connector.Requests.Count);
        Assert.Equal(saves + 1, _host.Inner.SaveCount);
        Assert.Equal(indexWrites, _host.Index.Writes);
    }

    [Fact]
    public async Task NotAMember_CanNeitherSeeNorChangeThePlan()
    {
        _host.RosterIs(Ada, Ben, Cy);
        await _host.SayAsync(Ada, "start a team plan");
        var before = (await _host.Inner.LoadAsync(Scope(), CancellationToken.None)).Get(TeamDocuments.Plan)!.ToJsonString();

        var show = await _host.SayAsync(Eve, "show team plan");
        var fill = await _host.SayAsync(Eve, "fill situation");
        var start = await _host.SayAsync(Eve, "start a team plan");

        Assert.All([show, fill, start], t => Assert.Equal("Only members of this conversation can see or change its team plan.", Assert.Single(t.Outbox).Text));
        Assert.Equal(before, (await _host.Inner.LoadAsync(Scope(), CancellationToken.None)).Get(TeamDocuments.Plan)!.ToJsonString());
    }

    [Fact]
    public async Task Roles_MemberWhoIsNoEditorMayViewButNotFill_OnlyOwnersAddEditorsFromTheRoster()
    {
        _host.RosterIs(Ada, Ben, Cy);
        await _host.SayAsync(Ada, "start a team plan");

        var view = await _host.SayAsync(Cy, "show team plan");
        var fill = await _host.SayAsync(Cy, "fill situation");
        var notOwner = await _host.SayAsync(Cy, "add editor <at>Cy</at>", mentions: Cy);
        var stranger = await _host.SayAsync(Ada, "add editor <at>Eve</at>", mentions: Eve);
        var added = await _host.SayAsync(Ada, "add editor <at>Cy</at>", mentions: Cy);

        Assert.NotNull(Assert.Single(view.Outbox).Attachments);
        Assert.StartsWith("You need to be an editor to fill steps.", Assert.Single(fill.Outbox).Text);
        Assert.Equal("Only the plan's owners can add editors.", Assert.Single(notOwner.Outbox).Text);
        Assert.Equal("Eve is not a member of this conversation, so they can't be an editor.", Assert.Single(stranger.Outbox).Text);
        Assert.Equal("Now an editor: Cy.", Assert.Single(added.Outbox).Text);
        Assert.Equal([new TeamMember("aad-cy", "Cy")], (await _host.PlanAsync())!.Editors);
        Assert.Equal(TeamRole.Editor, Assert.Single(await _host.Index.ListAsync(StateScope.ForUser(Activities.TenantId, "aad-cy"), CancellationToken.None)).Role);
    }

    [Fact]
    public async Task Mention_IsStrippedByItsEntityBeforeTheCommandIsRead_InPersianToo()
    {
        var english = await _host.SayAsync(Ada, "help", GroupChatId, "groupChat");
        var persian = Mention(Ada, "راهنما", GroupChatId, "groupChat");
        persian.Locale = "fa-IR";

        var persianTurn = await _host.SendAsync(persian);

        Assert.StartsWith("Mention me here and say", Assert.Single(english.Outbox).Text);
        Assert.StartsWith("در این گفتگو مرا منشن کنید", Assert.Single(persianTurn.Outbox).Text);
    }

    [Fact]
    public async Task Install_InAGroupChat_OneWelcomeCard_RemovalPausesAndKeepsThePlan()
    {
        _host.RosterIs(Ada, Ben, Cy);
        var install = Activities.InstallationUpdate(conversationId: GroupChatId);
        install.Conversation!.ConversationType = "groupChat";
        var added = Activities.MembersAdded(conversationId: GroupChatId);
        added.Conversation!.ConversationType = "groupChat";

        var first = await _host.SendAsync(install);
        var second = await _host.SendAsync(added);
        await _host.SayAsync(Ada, "start a team plan", GroupChatId, "groupChat");
        var removed = Activities.InstallationUpdate("remove", conversationId: GroupChatId);
        removed.Conversation!.ConversationType = "groupChat";
        await _host.SendAsync(removed);

        Assert.Contains("one shared SOSTAC", Assert.Single(first.Outbox).Attachments![0].Content!.ToJsonString());
        Assert.Empty(second.Outbox);
        var state = await _host.Inner.LoadAsync(Scope(GroupChatId), CancellationToken.None);
        Assert.True(TeamDocuments.ReadConversation(state).CheckInsPaused);
        Assert.NotNull(TeamDocuments.ReadPlan(state));
    }

    [Fact]
    public async Task DeleteMyData_InAChannel_NeverErasesTheChannelsPlan()
    {
        _host.RosterIs(Ada, Ben, Cy);
        await _host.SayAsync(Ada, "start a team plan");

        await _host.SayAsync(Ada, "delete my data");

        Assert.NotNull(await _host.PlanAsync());
    }

    [Fact]
    public async Task ChannelThreads_ShareTheChannelsPlan()
    {
        _host.RosterIs(Ada, Ben, Cy);
        await _host.SayAsync(Ada, "start a team plan", ChannelId + ";messageid=100");

        var other = await _host.SayAsync(Ben, "start a team plan", ChannelId + ";messageid=200");

        Assert.StartsWith("This conversation already has a team plan (owner: Ada).", Assert.Single(other.Outbox).Text);
    }

    [Fact]
    public async Task MyPlans_InThePersonalChat_ListsThePersonalPlanAndEveryTeamPlanWithTheRole()
    {
        _host.RosterIs(Ada, Ben, Cy);
        var start = Mention(Ada, "start a team plan");
        start.Conversation!.Name = "Launch crew";
        await _host.SendAsync(start);
        var personal = Activities.Message("my plans", userId: Ada.Id);
        personal.From = new ChannelAccount { Id = Ada.Id, Name = "Ada", AadObjectId = Ada.AadObjectId };

        var turn = await _host.SendAsync(personal);

        var text = Assert.Single(turn.Outbox).Text!;
        Assert.Contains("Your personal plan", text);
        Assert.Contains("Team plan in Launch crew (owner)", text);
    }
}
