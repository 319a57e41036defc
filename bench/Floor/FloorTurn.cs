using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Data.Tables;

namespace StrategyBot.Bench.Floor;

/// <summary>One turn at its cheapest: parse the activity, read the user's partition, write its row back, post one reply.</summary>
internal sealed class FloorTurn(TableClient table, HttpClient http)
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var activity = await JsonSerializer.DeserializeAsync(context.Request.Body, FloorJsonContext.Default.FloorActivity, cancellationToken);
        if (activity?.Conversation?.Id is not { Length: > 0 } conversationId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var partition = (activity.Conversation.TenantId ?? "none") + "|" + (activity.From?.AadObjectId ?? activity.From?.Id ?? "none");
        // The read is a partition query, the bot's access pattern (a scope is a partition, one query loads it), not a
        // point read: Azurite serves every query by scanning the table but point reads from an index, and a point-read
        // floor would charge that emulator quirk to the bot.
        var turns = 0;
        await foreach (var stored in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            turns = stored.GetInt32("Turns") ?? 0;
        }

        var row = new TableEntity(partition, "state")
        {
            ["Turns"] = turns + 1,
            ["LastActivityId"] = activity.Id,
            ["LastText"] = activity.Text,
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);

        var reply = new FloorReply
        {
            Type = "message",
            Text = "Turn " + (turns + 1).ToString(CultureInfo.InvariantCulture),
            ReplyToId = activity.Id,
            Conversation = activity.Conversation,
            From = activity.Recipient,
            Recipient = activity.From,
        };
        var target = new Uri(
            new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"),
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activity.Id ?? "none")}");
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(reply, FloorJsonContext.Default.FloorReply));
        content.Headers.ContentType = s_json;
        using var response = await http.PostAsync(target, content, cancellationToken);
        context.Response.StatusCode = response.IsSuccessStatusCode ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway;
    }
}
