using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Data.Tables;

namespace StrategyBot.Bench.Floor;

/// <summary>
/// One turn at its cheapest: parse the activity, read the user's row, write it back, post one reply. With
/// <paramref name="likeBot"/> (<c>Floor:LikeBot</c>, the bench's <c>--floor-like-bot</c>) it makes the bot's round
/// trips with the bot's bytes instead: a row the size of the bot's state row (<see cref="FloorRowShape"/>), saved as a
/// Merge with the read's ETag, and as many reply POSTs as the bot sent for the same turn of the script (the driver says
/// how many in <c>X-Bench-Replies</c>, learnt from the bot's own replies).
/// </summary>
internal sealed class FloorTurn(TableClient table, HttpClient http, bool likeBot)
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
        // A point read of the one row, the bot's access pattern since its scope became one row read by key (issue 14):
        // the floor makes the same round trips as the bot with its state cache off, a read and a write.
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(partition, "state", cancellationToken: cancellationToken);
        var turns = stored.HasValue ? stored.Value!.GetInt32("Turns") ?? 0 : 0;

        var row = new TableEntity(partition, "state")
        {
            ["Turns"] = turns + 1,
            ["LastActivityId"] = activity.Id,
            ["LastText"] = activity.Text,
        };
        if (!likeBot)
        {
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            AddDocuments(row, FloorRowShape.Saved);
            if (stored.HasValue)
            {
                await table.UpdateEntityAsync(row, stored.Value!.ETag, TableUpdateMode.Merge, cancellationToken);
            }
            else
            {
                AddDocuments(row, FloorRowShape.ReadOnly);
                await table.AddEntityAsync(row, cancellationToken);
            }
        }

        var reply = new FloorReply
        {
            Type = "message",
            Text = "Turn " + (turns + 1).ToString(CultureInfo.InvariantCulture),
            ReplyToId = activity.Id,
            Conversation = activity.Conversation,
            From = activity.Recipient,
            Recipient = activity.From,
        };
        var replies = likeBot && int.TryParse(context.Request.Headers["X-Bench-Replies"], CultureInfo.InvariantCulture, out var asked) ? Math.Clamp(asked, 1, 8) : 1;
        var target = new Uri(
            new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"),
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activity.Id ?? "none")}");
        var ok = true;
        for (var i = 0; i < replies && ok; i++)
        {
            // The bot delivers a turn's replies one after another before it answers the POST; so does the floor.
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(reply, FloorJsonContext.Default.FloorReply));
            content.Headers.ContentType = s_json;
            using var response = await http.PostAsync(target, content, cancellationToken);
            ok = response.IsSuccessStatusCode;
        }

        context.Response.StatusCode = ok ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway;
    }

    private static void AddDocuments(TableEntity row, (string Name, byte[] Bytes)[] documents)
    {
        foreach (var (name, bytes) in documents)
        {
            row["C_" + name] = 1;
            row["D_" + name + "_0"] = bytes;
        }
    }
}
