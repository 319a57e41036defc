using System.Net;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>
/// A bounded, seeded mutation run over Teams-shaped activities: whatever arrives, the endpoint answers 200, 400,
/// 401 or 413, never 500, and the Teams helpers never throw on what gets through.
/// </summary>
public sealed class BotRequestHandlerRobustnessTests
{
    private const int Cases = 400;
    private static readonly HttpStatusCode[] Allowed =
        [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.RequestEntityTooLarge];

    private static readonly string[] Samples =
        [TeamsSamples.GroupChatMention, TeamsSamples.CardSubmit, TeamsSamples.MembersAdded, TeamsSamples.InstallationUpdate];

    [Fact]
    public async Task Post_MutatedTeamsActivities_NeverAnswer500()
    {
        var bot = new FakeBot((turn, cancellationToken) =>
        {
            var activity = turn.Activity;
            _ = activity.GetTenantId();
            _ = activity.GetTextWithoutRecipientMention();
            _ = activity.GetTimeZoneId();
            _ = activity.GetLocale();
            _ = ConversationReference.FromActivity(activity);
            turn.SendText("ok");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);
        var random = new Random(20260820);
        var statuses = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < Cases; i++)
        {
            var body = Mutate(random);
            var response = await host.PostRawAsync(body);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True(Allowed.Contains(response.StatusCode), $"case {i} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        }

        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 0, "no mutated activity got through to the bot");
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 0, "no mutation was rejected as malformed");
        Assert.NotEmpty(bot.Turns);
    }

    private static string Mutate(Random random)
    {
        var json = JsonNode.Parse(Samples[random.Next(Samples.Length)])!.AsObject();
        json["serviceUrl"] = "http://127.0.0.1:56150/_connector";
        json["id"] = $"fuzz-{random.Next()}";
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            MutateOnce(json, random);
        }

        var text = json.ToJsonString();
        return random.Next(10) switch
        {
            0 => text[..random.Next(text.Length)],
            1 => text.Replace("\"msteams\"", "\"\\ud800\"", StringComparison.Ordinal),
            2 => text.Replace("{\"type\"", "{\"type\":\"message\",\"type\"", StringComparison.Ordinal),
            _ => text,
        };
    }

    private static void MutateOnce(JsonObject json, Random random)
    {
        var target = PickObject(json, random);
        var keys = target.Select(p => p.Key).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        var key = keys[random.Next(keys.Count)];
        target[key] = random.Next(9) switch
        {
            0 => null,
            1 => random.Next(),
            2 => new string('x', random.Next(1, 40_000)),
            3 => new JsonArray(1, "two", null),
            4 => Nested(random.Next(10, 120)),
            5 => true,
            6 => "\u202Emixed \u0000 control\u0007 سلام 👩🏽‍💻",
            7 => new JsonObject(),
            _ => "message",
        };
    }

    private static JsonObject PickObject(JsonObject root, Random random)
    {
        var current = root;
        while (random.Next(3) > 0)
        {
            var children = current.Select(p => p.Value).OfType<JsonObject>().ToList();
            if (children.Count == 0)
            {
                break;
            }

            current = children[random.Next(children.Count)];
        }

        return current;
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = "leaf";
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["n"] = node };
        }

        return node;
    }
}
