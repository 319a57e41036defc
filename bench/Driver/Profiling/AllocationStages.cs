namespace StrategyBot.Bench.Profiling;

/// <summary>
/// Which stage of a turn an allocation belongs to, from its call stack: the frame nearest the allocation that names one
/// of the turn's stages decides (so a card built inside a dialog step counts as card building, and the Azure SDK's
/// request building inside the state save counts as the save, in its own row). Rules are substrings of the frames'
/// full method names; async methods appear as their state machines (<c>Type+&lt;Method&gt;d__N.MoveNext</c>).
/// </summary>
internal static class AllocationStages
{
    /// <summary>Stages in the order a turn meets them; the first rule of a frame that matches names its stage.</summary>
    public static readonly IReadOnlyList<(string Stage, string[] Frames)> Rules =
    [
        ("activity read and parse (RequestBody, ProtocolJson)", ["Protocol.RequestBody", "Protocol.ProtocolJson", "Protocol.ActivityLimits"]),
        ("authentication and service URL checks", ["Protocol.BotRequestAuthenticator", "Protocol.TrustedServiceUrls", "Protocol.ServiceUrl"]),
        ("dedupe and turn gate (RecentActivityFilter, TurnGate)", ["Protocol.RecentActivityFilter", "Protocol.TurnGate"]),
        ("Azure.Data.Tables: state point read (GET, entity parse)", ["!Azure+TableStateStore.Load", "!Azure+TableStateStore+<Load"]),
        ("state load: row to documents (StateEntity, StoredState)", ["TableStateStore.Load", "TableStateStore+<Load", "Storage.StateEntity", "Storage.StoredState", "Storage.StateCache"]),
        ("processed-activity ids", ["State.ProcessedActivities"]),
        ("card building (templates, fill)", ["StrategyBot.App.Cards."]),
        ("text catalogue and formatting", ["StrategyBot.App.Localization."]),
        ("dialog stack read/write (DialogStackDocument, DialogRunner)", ["Dialogs.DialogStackDocument", "Dialogs.DialogJson", "Dialogs.DialogStackRepair"]),
        ("typed state documents (plan, profile, check-ins: (de)serialise)", ["Conversation.StateDocuments", "Conversation.StoredJson", "State.StateDocument", "State.StateJsonWriter", "State.StateSet", "CheckIns.CheckInDocuments"]),
        ("interview steps, prompts and validation", ["StrategyBot.App.Interview.", "Dialogs.Prompts.", "Dialogs.WaterfallDialog", "Dialogs.ComponentDialog", "Dialogs.DialogContext", "Dialogs.WaterfallStepContext", "Dialogs.Dialog."]),
        ("dialog runner (begin/continue, stack nodes)", ["Dialogs.DialogRunner", "Dialogs.DialogInstance"]),
        ("check-ins: schedule sync and commands", ["StrategyBot.App.CheckIns."]),
        ("Azure.Data.Tables: state save (entity, request, response)", ["!Azure+TableStateStore.Save", "!Azure+TableStateStore+<Save", "!Azure+StateTableRequests"]),
        ("state save: write plan and entity (ours)", ["TableStateStore.Save", "TableStateStore+<Save", "Storage.StateWritePlan", "Storage.StateTableRequests", "Storage.DocumentPropertyNames"]),
        ("schedule-index row write", ["Storage.ScheduleIndexTable"]),
        ("other storage code (metrics, tally)", ["StrategyBot.App.Storage.", "State.StorageTally", "TurnStorageMetrics"]),
        ("routing, profile, rate limiting, handler", ["StrategyBot.App.ActivityRouter", "StrategyBot.App.StrategyBotHandler", "StrategyBot.App.RateLimiting.", "StrategyBot.App.UserScope", "StrategyBot.App.PlanPresenter", "StrategyBot.App.Privacy."]),
        ("reply send: serialise and POST (ReplyDelivery, ConnectorClient)", ["Protocol.ReplyDelivery", "Protocol.ConnectorClient", "Protocol.TenantSendPacer", "Protocol.Connector"]),
        ("turn runner, context, DI scope", ["Protocol.TurnRunner", "Protocol.TurnContext", "Protocol.BotRequestHandler", "Protocol.Activity", "Protocol.ConversationReference"]),
    ];

    public const string Hosting = "hosting: Kestrel, HTTP parsing, connections (no turn frame)";
    public const string HttpClient = "HttpClient pool and sockets (no turn frame)";
    public const string Other = "other: runtime, timers, metrics, logging";

    /// <summary>Names the stage of one allocation from its frames, innermost first.</summary>
    public static string Classify(IReadOnlyList<string> framesInnermostFirst)
    {
        ArgumentNullException.ThrowIfNull(framesInnermostFirst);
        var sawAzure = false;
        foreach (var frame in framesInnermostFirst)
        {
            sawAzure |= frame.StartsWith("Azure.", StringComparison.Ordinal);
            foreach (var (stage, patterns) in Rules)
            {
                foreach (var pattern in patterns)
                {
                    var azureOnly = pattern.StartsWith("!Azure+", StringComparison.Ordinal);
                    var text = azureOnly ? pattern["!Azure+".Length..] : pattern;
                    if ((!azureOnly || sawAzure) && frame.Contains(text, StringComparison.Ordinal))
                    {
                        return stage;
                    }
                }
            }
        }

        if (framesInnermostFirst.Any(f => f.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)))
        {
            return Hosting;
        }

        return framesInnermostFirst.Any(f => f.StartsWith("System.Net.", StringComparison.Ordinal)) ? HttpClient : Other;
    }
}
