using System.Buffers;
using System.Text.Json;

namespace StrategyBot.Bench.Interview;

/// <summary>Teams-shaped inbound activities as UTF-8 JSON (personal chat, tenant in both places, clientInfo entity).</summary>
internal static class ActivityJson
{
    public const string BotId = "28:bench-strategybot";

    public static byte[] Build(ScriptTurn turn, MarketerIdentity who, string activityId, Uri serviceUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(who);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", turn.IsInstall ? "conversationUpdate" : "message");
            json.WriteString("id", activityId);
            json.WriteString("timestamp", now);
            json.WriteString("serviceUrl", serviceUrl.ToString());
            json.WriteString("channelId", "msteams");
            WriteAccount(json, "from", who.UserId, "Marketer", who.AadObjectId);
            WriteAccount(json, "recipient", BotId, "StrategyBot", aadObjectId: null);
            json.WriteStartObject("conversation");
            json.WriteString("conversationType", "personal");
            json.WriteString("tenantId", who.TenantId);
            json.WriteString("id", who.ConversationId);
            json.WriteEndObject();
            json.WriteString("locale", "en-US");
            if (turn.IsInstall)
            {
                json.WriteStartArray("membersAdded");
                json.WriteStartObject();
                json.WriteString("id", who.UserId);
                json.WriteString("aadObjectId", who.AadObjectId);
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("id", BotId);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("textFormat", "plain");
                json.WriteString("text", turn.Text);
                json.WriteStartArray("entities");
                json.WriteStartObject();
                json.WriteString("type", "clientInfo");
                json.WriteString("locale", "en-US");
                json.WriteString("country", "US");
                json.WriteString("platform", "Web");
                json.WriteString("timezone", "Europe/Berlin");
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteStartObject("channelData");
            json.WriteStartObject("tenant");
            json.WriteString("id", who.TenantId);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteAccount(Utf8JsonWriter json, string property, string id, string name, string? aadObjectId)
    {
        json.WriteStartObject(property);
        json.WriteString("id", id);
        json.WriteString("name", name);
        if (aadObjectId is not null)
        {
            json.WriteString("aadObjectId", aadObjectId);
        }

        json.WriteEndObject();
    }
}
