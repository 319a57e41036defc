using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Tests.CheckIns;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.App.TeamPlans;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.TeamPlans;

/// <summary>
/// The real turn pipeline (handler, router, team plan handler) over an in-memory store, with the connector faked at
/// its HttpMessageHandler: the roster comes from scripted pagedmembers answers. Members are Ada, Ben, Cy; Eve is not one.
/// </summary>
internal sealed class TeamHost
{
    public const string ChannelId = "19:general@thread.tacv2";
    public const string GroupChatId = "19:group-1@thread.v2";

    public static readonly TeamPerson Ada = new("29:ada", "aad-ada", "Ada");
    public static readonly TeamPerson Ben = new("29:ben", "aad-ben", "Ben");
    public static readonly TeamPerson Cy = new("29:cy", "aad-cy", "Cy");
    public static readonly TeamPerson Eve = new("29:eve", "aad-eve", "Eve");

    public TeamHost()
    {
        Store = new FlakyStateStore(Inner);
        Roster = new ConversationRoster(new ConnectorClient(new HttpClient(Connector), new HarnessLogger<ConnectorClient>()), Time);
        Tracker = new TeamSummaryTracker(Store, new HarnessLogger<TeamSummaryTracker>());
        var teamPlans = new TeamPlanTurnHandler(Roster, Index, Tracker, Time, new HarnessLogger<TeamPlanTurnHandler>());
        var options = Options.Create(new CheckInOptions());
        var history = new InMemoryCheckInHistory();
        var schedule = new ScheduleSync(new InMemoryScheduleIndex(), options, Time, new HarnessLogger<ScheduleSync>());
        var rules = new CheckInRules(options.Value);
        var checkIns = new CheckInTurnHandler(
            history, schedule, rules, new CheckInCommandRunner(history, schedule, rules, Time, new HarnessLogger<CheckInCommandRunner>()),
            Time, new HarnessLogger<CheckInTurnHandler>());
        var runner = new DialogRunner(new DialogSet(), new HarnessLogger<DialogRunner>());
        var router = new ActivityRouter(
            runner, checkIns, Time, new HarnessLogger<ActivityRouter>(), teamPlans: teamPlans, myPlans: new MyPlans(Index));
        Handler = new StrategyBotHandler(Store, router, new TurnStorageMetrics(new PipelineHost().MeterFactory), Logger);
    }

    public InMemoryStateStore Inner { get; } = new();

    public FlakyStateStore Store { get; }

    public RecordingHttpHandler Connector { get; } = new();

    public InMemoryTeamMembershipIndex Index { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public ConversationRoster Roster { get; }

    public TeamSummaryTracker Tracker { get; }

    public HarnessLogger<StrategyBotHandler> Logger { get; } = new();

    public StrategyBotHandler Handler { get; }

    public static StateScope Scope(string conversationId = ChannelId) => StateScope.ForConversation(Activities.TenantId, conversationId);

    /// <summary>Scripts the next roster read: these members, in two pages.</summary>
    public void RosterIs(params TeamPerson[] people)
    {
        var half = people.Length / 2;
        Connector.Enqueue(HttpStatusCode.OK, Page(people[..half], "next"));
        Connector.Enqueue(HttpStatusCode.OK, Page(people[half..], null));
    }

    /// <summary>A message from <paramref name="who"/> that @mentions the bot (and anyone in <paramref name="mentions"/>).</summary>
    public static Activity Mention(TeamPerson who, string text, string conversationId = ChannelId, string type = "channel", params TeamPerson[] mentions)
    {
        var activity = Activities.Message($"<at>StrategyBot</at> {text}", conversationId: conversationId, userId: who.Id);
        activity.From = new ChannelAccount { Id = who.Id, Name = who.Name, AadObjectId = who.AadObjectId };
        activity.Conversation!.ConversationType = type;
        activity.Conversation.IsGroup = true;
        activity.Entities =
        [
            new JsonObject { ["type"] = "mention", ["text"] = "<at>StrategyBot</at>", ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "StrategyBot" } },
            .. mentions.Select(m => new JsonObject
            {
                ["type"] = "mention", ["text"] = $"<at>{m.Name}</at>", ["mentioned"] = new JsonObject { ["id"] = m.Id, ["name"] = m.Name },
            }),
        ];
        return activity;
    }

    public async Task<TurnContext> SendAsync(Activity activity)
    {
        var turn = new TurnContext(activity);
        await Handler.OnTurnAsync(turn, CancellationToken.None);
        return turn;
    }

    public Task<TurnContext> SayAsync(TeamPerson who, string text, string conversationId = ChannelId, string type = "channel", params TeamPerson[] mentions) =>
        SendAsync(Mention(who, text, conversationId, type, mentions));

    /// <summary>Does what delivery does after a start: reports the summary card's id.</summary>
    public Task DeliverSummaryAsync(string conversationId = ChannelId, string cardId = "summary-1") =>
        Tracker.RecordAsync(Scope(ConversationRoster.TopLevel(conversationId)), cardId, conversationId, CancellationToken.None);

    public async Task<TeamPlan?> PlanAsync(string conversationId = ChannelId) =>
        TeamDocuments.ReadPlan(await Inner.LoadAsync(Scope(conversationId), CancellationToken.None));

    private static string Page(TeamPerson[] people, string? token) => new JsonObject
    {
        ["members"] = new JsonArray([.. people.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["name"] = p.Name, ["aadObjectId"] = p.AadObjectId })]),
        ["continuationToken"] = token,
    }.ToJsonString();
}
