using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.Testing;

/// <summary>
/// Runs a conversation as a script, the way botbuilder's TestFlow does: each <see cref="SendAsync"/> is one turn
/// that loads the scope from the store, runs the bot, saves, and returns the replies. State therefore goes through
/// the store's JSON between every two turns, exactly as in production.
/// </summary>
public sealed class ConversationHarness
{
    private readonly Func<TurnContext, StateSet, CancellationToken, Task> _turnHandler;
    private readonly StringBuilder _transcript = new();
    private int _activityNumber;

    /// <summary>
    /// A harness whose turns run <paramref name="rootDialog"/> through a <see cref="DialogRunner"/> (with
    /// <paramref name="otherDialogs"/> reachable from the root), skipping activities already processed.
    /// </summary>
    public ConversationHarness(Dialog rootDialog, IStateStore? store = null, FakeTimeProvider? time = null, params Dialog[] otherDialogs)
        : this(store, time)
    {
        ArgumentNullException.ThrowIfNull(rootDialog);
        Dialogs = new DialogSet([rootDialog, .. otherDialogs]);
        var runner = new DialogRunner(Dialogs, Logger);
        _turnHandler = async (turn, state, cancellationToken) =>
        {
            if (ProcessedActivities.WasProcessed(state, turn.Activity.Id))
            {
                return;
            }

            LastResult = await runner.RunAsync(turn, state, rootDialog.Id, cancellationToken);
            ProcessedActivities.MarkProcessed(state, turn.Activity.Id);
        };
    }

    /// <summary>A harness whose turns run <paramref name="turnHandler"/> with the loaded state.</summary>
    public ConversationHarness(Func<TurnContext, StateSet, CancellationToken, Task> turnHandler, IStateStore? store = null, FakeTimeProvider? time = null)
        : this(store, time)
    {
        ArgumentNullException.ThrowIfNull(turnHandler);
        _turnHandler = turnHandler;
    }

    private ConversationHarness(IStateStore? store, FakeTimeProvider? time)
    {
        Store = store ?? new InMemoryStateStore();
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        _turnHandler = (_, _, _) => Task.CompletedTask;
    }

    /// <summary>Where the conversation's state lives between turns.</summary>
    public IStateStore Store { get; }

    /// <summary>The clock; advance it between turns to let days pass.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>What the dialog runner logged.</summary>
    public HarnessLogger<DialogRunner> Logger { get; } = new();

    /// <summary>The dialogs of a root-dialog harness.</summary>
    public DialogSet? Dialogs { get; }

    /// <summary>The state scope (one user).</summary>
    public StateScope Scope { get; init; } = TestScopes.Default;

    /// <summary>The locale stamped on user activities.</summary>
    public string Locale { get; set; } = "en-US";

    /// <summary>The IANA time zone stamped on user activities; null sends none.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>The dialog runner's result of the last turn of a root-dialog harness.</summary>
    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>The conversation so far, one line per message.</summary>
    public string Transcript => _transcript.ToString();

    /// <summary>The user types <paramref name="text"/>.</summary>
    public Task<HarnessTurn> SendAsync(string text) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>The user submits a card whose inputs and data are <paramref name="value"/> (Action.Submit: empty text).</summary>
    public Task<HarnessTurn> SubmitAsync(JsonObject value) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Value = value });

    /// <summary>Delivers <paramref name="activity"/>, filling in ids, accounts, locale and timestamps it lacks.</summary>
    /// <summary>
    /// An Action.Execute from a card, as Teams sends it: an <c>adaptiveCard/action</c> invoke whose
    /// <c>value.action.data</c> is the action's data merged with the card's input values.
    /// </summary>
    public Task<HarnessTurn> ExecuteAsync(string verb, JsonObject data) =>
        SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Value = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        });

    public async Task<HarnessTurn> SendActivityAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = Time.GetUtcNow();
        activity.Type ??= ActivityTypes.Message;
        activity.Id ??= $"activity-{++_activityNumber}-{Guid.NewGuid():N}";
        activity.ChannelId ??= "test";
        activity.ServiceUrl ??= "https://test.invalid/";
        activity.Timestamp ??= now;
        activity.Locale ??= Locale;
        activity.LocalTimezone ??= LocalTimezone;
        activity.From ??= new ChannelAccount { Id = "29:user-1", Name = "User", Role = "user" };
        activity.Recipient ??= new ChannelAccount { Id = "28:bot", Name = "Bot", Role = "bot" };
        activity.Conversation ??= new ConversationAccount { Id = "conversation-1", ConversationType = "personal", TenantId = "tenant-1" };

        _transcript.Append("user> ").AppendLine(Describe(activity));
        var state = await Store.LoadAsync(Scope, CancellationToken.None);
        var turn = new TurnContext(activity);
        await _turnHandler(turn, state, CancellationToken.None);
        await Store.SaveAsync(state, CancellationToken.None);

        foreach (var reply in turn.Outbox)
        {
            _transcript.Append("bot > ").AppendLine(Describe(reply));
        }

        if (turn.InvokeResponse is { } response)
        {
            _transcript.Append("bot > (invoke response) ").AppendLine(response.Type);
        }

        return new HarnessTurn([.. turn.Outbox], () => Transcript, turn.InvokeResponse);
    }

    /// <summary>One line describing an activity: text, card submit value, suggested actions, attachments.</summary>
    public static string Describe(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var line = new StringBuilder();
        if (activity.Type != ActivityTypes.Message)
        {
            line.Append('[').Append(activity.Type).Append("] ");
        }

        line.Append(activity.Text?.ReplaceLineEndings(" / ") ?? string.Empty);
        if (activity.Value is not null)
        {
            line.Append(" {value: ").Append(activity.Value.ToJsonString()).Append('}');
        }

        if (activity.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            line.Append(" [").AppendJoin(" | ", actions.Select(a => a.Title)).Append(']');
        }

        if (activity.Attachments is { Count: > 0 } attachments)
        {
            line.Append(CultureInfo.InvariantCulture, $" (+{attachments.Count} attachment(s))");
        }

        return line.ToString();
    }
}
