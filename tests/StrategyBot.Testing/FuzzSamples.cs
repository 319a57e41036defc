namespace StrategyBot.Testing;

/// <summary>
/// Teams- and Playground-shaped activities to mutate, written from the recorded shapes in docs/playground.md#recorded-activities
/// and the Teams shapes in docs/bot-protocol.md#activities and #universal-actions. "{serviceUrl}", "{tenant}", "{user}", "{aad}", "{conversation}", "{id}"
/// and "{text}" are filled per case.
/// </summary>
public static class FuzzSamples
{
    public const string PersonalMessage = """
        {"type":"message","text":"{text}","textFormat":"plain","id":"{id}","channelId":"msteams",
         "from":{"id":"{user}","name":"Alex Wilber","aadObjectId":"{aad}"},
         "timestamp":"2026-11-26T02:24:00.666Z","localTimestamp":"2026-11-26T02:24:00.666+00:00","localTimezone":"Europe/Berlin",
         "serviceUrl":"{serviceUrl}",
         "conversation":{"conversationType":"personal","tenantId":"{tenant}","id":"{conversation}"},
         "recipient":{"id":"28:00000000-0000-0000-0000-000000000011","name":"Test Bot"},
         "locale":"en-US",
         "entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Web","timezone":"Europe/Berlin"}],
         "channelData":{"tenant":{"id":"{tenant}"}}}
        """;

    public const string GroupMention = """
        {"type":"message","text":"<at>Test Bot</at> {text}","textFormat":"plain","id":"{id}","channelId":"msteams",
         "from":{"id":"{user}","name":"Ada","aadObjectId":"{aad}"},
         "serviceUrl":"{serviceUrl}",
         "conversation":{"isGroup":true,"conversationType":"groupChat","tenantId":"{tenant}","id":"19:{conversation}@thread.v2"},
         "recipient":{"id":"28:00000000-0000-0000-0000-000000000011","name":"Test Bot"},
         "entities":[{"type":"mention","text":"<at>Test Bot</at>","mentioned":{"id":"28:00000000-0000-0000-0000-000000000011","name":"Test Bot"}},
                     {"type":"clientInfo","locale":"fa-IR","timezone":"Asia/Tehran"}],
         "channelData":{"tenant":{"id":"{tenant}"},"source":{"name":"message"}}}
        """;

    public const string InstallationUpdate = """
        {"type":"installationUpdate","id":"{id}","action":"add","channelId":"msteams",
         "from":{"id":"{user}","aadObjectId":"{aad}"},"timestamp":"2026-11-26T02:23:59.972Z","serviceUrl":"{serviceUrl}",
         "conversation":{"conversationType":"personal","tenantId":"{tenant}","id":"{conversation}"},
         "recipient":{"id":"28:00000000-0000-0000-0000-000000000011","name":"Test Bot"},
         "locale":"en-US","entities":[{"type":"clientInfo","locale":"en-US"}],
         "channelData":{"tenant":{"id":"{tenant}"},"source":{"name":"message"},"settings":{"selectedChannel":{"id":"{conversation}"}}}}
        """;

    public const string MembersAdded = """
        {"type":"conversationUpdate","id":"{id}","channelId":"msteams",
         "from":{"id":"{user}","aadObjectId":"{aad}"},"serviceUrl":"{serviceUrl}",
         "conversation":{"conversationType":"personal","tenantId":"{tenant}","id":"{conversation}"},
         "recipient":{"id":"28:00000000-0000-0000-0000-000000000011","name":"Test Bot"},
         "membersAdded":[{"id":"{user}","aadObjectId":"{aad}"},{"id":"28:00000000-0000-0000-0000-000000000011"}],
         "channelData":{"tenant":{"id":"{tenant}"},"eventType":"teamMemberAdded"}}
        """;

    public const string CardSubmit = """
        {"type":"message","id":"{id}","replyToId":"card-{id}","channelId":"msteams","serviceUrl":"{serviceUrl}",
         "value":{"action":"answer","promptId":"situation.business.0","answer":"{text}"},
         "from":{"id":"{user}","name":"Alex Wilber","aadObjectId":"{aad}"},
         "conversation":{"conversationType":"personal","tenantId":"{tenant}","id":"{conversation}"},
         "recipient":{"id":"28:00000000-0000-0000-0000-000000000011","name":"Test Bot"},
         "localTimezone":"UTC","locale":"en-US","entities":[{"type":"clientInfo","locale":"en-US"}],
         "channelData":{"source":{"name":"message"},"tenant":{"id":"{tenant}"},"legacy":{"replyToId":"card-{id}"}}}
        """;

    public const string CheckInSubmit = """
        {"type":"message","id":"{id}","replyToId":"checkin-card","channelId":"msteams","serviceUrl":"{serviceUrl}",
         "value":{"action":"checkIn","verb":"kpiCheckIn","planId":"plan","week":"2027-W09","reach":"1200","clicks":"34","spend":"{text}"},
         "from":{"id":"{user}","aadObjectId":"{aad}"},
         "conversation":{"conversationType":"personal","tenantId":"{tenant}","id":"{conversation}"},
         "recipient":{"id":"28:00000000-0000-0000-0000-000000000011"},
         "channelData":{"tenant":{"id":"{tenant}"}}}
        """;

    public const string Execute = """
        {"type":"invoke","name":"adaptiveCard/action","id":"{id}","replyToId":"card-{id}","channelId":"msteams","serviceUrl":"{serviceUrl}",
         "value":{"action":{"type":"Action.Execute","title":"Show","verb":"showPlan","data":{"action":"showPlan","comment":"{text}"}},"trigger":"manual"},
         "from":{"id":"{user}","aadObjectId":"{aad}"},
         "conversation":{"conversationType":"personal","tenantId":"{tenant}","id":"{conversation}"},
         "recipient":{"id":"28:00000000-0000-0000-0000-000000000011"},
         "locale":"fa-IR","channelData":{"source":{"name":"message"},"tenant":{"id":"{tenant}"}}}
        """;

    public const string CustomEvent = """
        {"type":"event","name":"ping","value":{"x":1},"id":"{id}","timestamp":"2026-11-26T02:24:00Z","channelId":"msteams",
         "serviceUrl":"{serviceUrl}","recipient":{"id":"28:00000000-0000-0000-0000-000000000011"},
         "conversation":{"conversationType":"personal","tenantId":"{tenant}","id":"{conversation}"},
         "from":{"id":"{user}","aadObjectId":"{aad}"}}
        """;

    /// <summary>Every sample, the ones users send most listed more than once so the conversation gets deep.</summary>
    public static IReadOnlyList<string> All { get; } =
        [PersonalMessage, PersonalMessage, PersonalMessage, PersonalMessage, GroupMention, CardSubmit, CardSubmit, CheckInSubmit, Execute, InstallationUpdate, MembersAdded, CustomEvent];
}
