using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// A minimal bot on loopback that answers every activity through the Playground's mocked connector, so the Playground
/// fixtures can be proven without StrategyBot: "echo: &lt;text&gt;", "got &lt;type&gt;", a card for "card", the submitted
/// value for a submit, and an invoke response naming the Action.Execute verb.
/// </summary>
internal sealed class EchoBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _connector = new();

    private EchoBot(WebApplication app) => _app = app;

    public Uri MessagesEndpoint { get; private set; } = new("http://127.0.0.1/");

    public static JsonObject Card => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = "Echo card" } },
        ["actions"] = new JsonArray
        {
            new JsonObject { ["type"] = "Action.Submit", ["title"] = "Go", ["data"] = new JsonObject { ["action"] = "go" } },
            new JsonObject { ["type"] = "Action.Execute", ["title"] = "Run", ["verb"] = "run", ["data"] = new JsonObject { ["n"] = 1 } },
        },
    };

    public static async Task<EchoBot> StartAsync()
    {
        var app = LoopbackWebServer.Create();
        var bot = new EchoBot(app);
        app.MapPost("/api/messages", bot.OnActivityAsync);
        await app.StartAsync();
        bot.MessagesEndpoint = new Uri(LoopbackWebServer.Address(app) + "/api/messages");
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _connector.Dispose();
    }

    private async Task<IResult> OnActivityAsync(HttpRequest request)
    {
        var activity = (await request.ReadFromJsonAsync<JsonObject>())!;
        var type = (string?)activity["type"];
        if (type == "invoke")
        {
            var verb = (string?)activity["value"]?["action"]?["verb"];
            return Results.Json(new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.activity.message",
                ["value"] = $"executed {verb}",
            });
        }

        var reply = new JsonObject { ["type"] = "message" };
        if (activity["value"] is JsonObject value)
        {
            reply["text"] = $"submitted {value.ToJsonString()}";
        }
        else if ((string?)activity["text"] == "card")
        {
            reply["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = Card },
            };
        }
        else
        {
            reply["text"] = type == "message" ? $"echo: {activity["text"]}" : $"got {type}";
        }

        var url = $"{((string)activity["serviceUrl"]!).TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString((string)activity["conversation"]!["id"]!)}/activities/{Uri.EscapeDataString((string)activity["id"]!)}";
        using var response = await _connector.PostAsJsonAsync(url, reply);
        return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode((int)HttpStatusCode.BadGateway);
    }
}
