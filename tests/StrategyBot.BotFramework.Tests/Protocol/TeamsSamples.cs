namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>Activities shaped like Teams' (written for these tests from the documented shapes in docs/bot-protocol.md#activities and
/// docs/playground.md#recorded-activities).</summary>
internal static class TeamsSamples
{
    public const string GroupChatMention = """
        {
          "type": "message",
          "id": "1712345678901",
          "timestamp": "2026-08-20T09:00:01.123Z",
          "localTimestamp": "2026-08-20T11:00:01.123+02:00",
          "localTimezone": "Europe/Berlin",
          "locale": "de-DE",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:1abcUser", "name": "Ada", "aadObjectId": "0a1b2c3d-0000-4000-8000-0000000000aa", "userPrincipalName": "ada@contoso.example" },
          "recipient": { "id": "28:6f1f8f0e-2b5c-4d3a-9a7e-3c2d1b0a9f8e", "name": "StrategyBot" },
          "conversation": { "id": "19:abc@thread.v2", "conversationType": "groupChat", "tenantId": "b7a1c2d3-0000-4000-8000-000000000001", "isGroup": true, "rosterVersion": "v7" },
          "text": "<at>StrategyBot</at> show my plan",
          "textFormat": "plain",
          "attachments": [ { "contentType": "text/html", "content": "<div><at>StrategyBot</at> show my plan</div>", "thumbnailUrl": "https://example.invalid/t.png" } ],
          "entities": [
            { "type": "mention", "text": "<at>StrategyBot</at>", "mentioned": { "id": "28:6f1f8f0e-2b5c-4d3a-9a7e-3c2d1b0a9f8e", "name": "StrategyBot" } },
            { "type": "mention", "text": "<at>Grace</at>", "mentioned": { "id": "29:1graceUser", "name": "Grace" } },
            { "type": "clientInfo", "locale": "de-DE", "country": "DE", "platform": "Web", "timezone": "Europe/Berlin" }
          ],
          "channelData": { "tenant": { "id": "b7a1c2d3-0000-4000-8000-000000000001" }, "source": { "name": "message" }, "eventType": null, "futureField": [1, 2.5, true, null, { "deep": "x" }] },
          "futureTopLevel": { "nested": { "value": 42 } },
          "callerId": "urn:botframework:azure",
          "replyToId": null
        }
        """;

    public const string CardSubmit = """
        {
          "type": "message", "id": "f:5555", "replyToId": "1712345600000", "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": { "id": "29:1abcUser", "aadObjectId": "0a1b2c3d-0000-4000-8000-0000000000aa" },
          "recipient": { "id": "28:6f1f8f0e-2b5c-4d3a-9a7e-3c2d1b0a9f8e" },
          "conversation": { "id": "a:1personal", "conversationType": "personal" },
          "value": { "verb": "kpiCheckIn", "planId": "p-1", "reach": "1200", "nested": { "list": [1, "two"] } },
          "entities": [ { "type": "clientInfo", "locale": "fa-IR", "timezone": "Asia/Tehran" } ],
          "channelData": { "tenant": { "id": "b7a1c2d3-0000-4000-8000-000000000001" }, "source": { "name": "message" }, "legacy": { "replyToId": "1712345600000" } }
        }
        """;

    public const string MembersAdded = """
        {
          "type": "conversationUpdate", "id": "f:7777", "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "from": { "id": "29:1abcUser", "aadObjectId": "0a1b2c3d-0000-4000-8000-0000000000aa" },
          "recipient": { "id": "28:6f1f8f0e-2b5c-4d3a-9a7e-3c2d1b0a9f8e", "name": "StrategyBot" },
          "conversation": { "id": "a:1personal", "conversationType": "personal", "tenantId": "b7a1c2d3-0000-4000-8000-000000000001" },
          "membersAdded": [ { "id": "29:1abcUser", "aadObjectId": "0a1b2c3d-0000-4000-8000-0000000000aa" }, { "id": "28:6f1f8f0e-2b5c-4d3a-9a7e-3c2d1b0a9f8e" } ],
          "channelData": { "tenant": { "id": "b7a1c2d3-0000-4000-8000-000000000001" }, "eventType": "teamMemberAdded" }
        }
        """;

    public const string InstallationUpdate = """
        {
          "type": "installationUpdate", "id": "f:8888", "action": "add-upgrade", "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": { "id": "29:1abcUser", "aadObjectId": "0a1b2c3d-0000-4000-8000-0000000000aa" },
          "recipient": { "id": "28:6f1f8f0e-2b5c-4d3a-9a7e-3c2d1b0a9f8e", "name": "StrategyBot" },
          "conversation": { "id": "a:1personal", "conversationType": "personal", "tenantId": "b7a1c2d3-0000-4000-8000-000000000001" },
          "locale": "en-US",
          "channelData": { "tenant": { "id": "b7a1c2d3-0000-4000-8000-000000000001" }, "settings": { "selectedChannel": { "id": "a:1personal" } } }
        }
        """;
}
