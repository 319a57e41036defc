using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>The endpoint's handling of bodies, activity types, invokes, replies, deadlines and redeliveries.</summary>
public sealed class BotRequestHandlerTests
{
    private const string PlaygroundServiceUrl = "http://127.0.0.1:56150/_connector";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static TheoryData<string> MalformedBodies() => new()
    {
        "{",
        "",
        "plain text",
        "[]",
        "null",
        """{"text":"no type"}""",
        """{"type":null}""",
        """{"type":"message","from":5}""",
        """{"type":"message","text":"\ud800"}""",
        """{"type":"message","type":"message"}""",
        "{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}",
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Post_MalformedActivity_Answers400WithoutTurn(string body)
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot);

        var response = await host.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_InvalidUtf8_Answers400()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot);
        byte[] body = [.. "{\"type\":\"message\",\"text\":\""u8, 0xFF, 0xFE, .. "\"}"u8];

        var response = await host.PostBytesAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Turns);
    }

    [Theory]
    [InlineData("event")]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("Message")]
    [InlineData("somethingTeamsAddsNextYear")]
    public async Task Post_UnhandledActivityType_Answers200WithoutSideEffects(string type)
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot);

        var response = await host.PostAsync(Local(Activities.OfType(type)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Get_MessagesEndpoint_Answers405()
    {
        await using var host = await BotTestHost.StartAsync(new FakeBot());

        var response = await host.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvokeWithResponse_AnswersTeamsInvokeBody()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
        var bot = new FakeBot((turn, _) =>
        {
            turn.InvokeResponse = InvokeResponse.Card(card);
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);

        var response = await host.PostAsync(Local(Activities.AdaptiveCardAction("save")));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal(InvokeResponse.CardType, body["type"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(card, body["value"]));
    }

    [Fact]
    public async Task Post_InvokeWithoutResponse_AnswersEmpty200()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot);

        var response = await host.PostAsync(Local(Activities.AdaptiveCardAction("save")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Single(bot.Turns);
    }

    [Fact]
    public async Task Post_InvokeThatAlsoQueuesMessages_DeliversThemAfterTheResponse()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.InvokeResponse = InvokeResponse.Message("Saved");
            turn.SendText("Your plan was updated.");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);

        var response = await host.PostAsync(Local(Activities.AdaptiveCardAction("save")));
        await host.Connector.WaitForRequestsAsync(1).WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your plan was updated.", host.Connector.Requests[0].Json!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_MessageWithOutbox_DeliversRepliesInOrderAddressedToTheSender()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.SendText("one");
            turn.SendText("two");
            turn.Send(new Activity { Text = "three", ServiceUrl = "https://evil.example/", Conversation = new ConversationAccount { Id = "other" } });
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);
        var inbound = Local(Activities.Message("hi", conversationId: "19:abc@thread.v2;messageid=17"));

        var response = await host.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = host.Connector.Requests;
        Assert.Equal(["one", "two", "three"], requests.Select(r => r.Json!["text"]!.GetValue<string>()));
        foreach (var request in requests)
        {
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal($"/_connector/v3/conversations/19%3Aabc%40thread.v2%3Bmessageid%3D17/activities/{inbound.Id}", request.PathAndQuery);
            Assert.Null(request.Authorization);
            var json = request.Json!;
            Assert.Equal(Activities.BotId, json["from"]!["id"]!.GetValue<string>());
            Assert.Equal(Activities.UserId, json["recipient"]!["id"]!.GetValue<string>());
            Assert.Equal("19:abc@thread.v2;messageid=17", json["conversation"]!["id"]!.GetValue<string>());
            Assert.Equal(inbound.Id, json["replyToId"]!.GetValue<string>());
            Assert.Equal(PlaygroundServiceUrl, json["serviceUrl"]!.GetValue<string>());
            Assert.Equal("msteams", json["channelId"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Post_RedeliveryWhileFirstIsInFlight_RunsOneTurn()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = new FakeBot(async (turn, _) =>
        {
            started.TrySetResult();
            await gate.Task;
            turn.SendText("answer");
        });
        await using var host = await BotTestHost.StartAsync(bot);
        var activity = Local(Activities.Message("hi"));

        var first = host.PostAsync(activity);
        await started.Task.WaitAsync(Patience);
        var redelivery = await host.PostAsync(activity).WaitAsync(Patience);
        gate.SetResult();
        var firstResponse = await first.WaitAsync(Patience);
        var late = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, redelivery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Single(bot.Turns);
        Assert.Single(host.Connector.Requests);
        Assert.True(host.Logged(1025));
    }

    [Fact]
    public async Task Post_TurnSlowerThanAckTimeout_Answers200OnlyOnceTheTurnIsSaved()
    {
        // A 200 tells Teams not to redeliver: answering before the bot finished (and saved) would lose the answer if the
        // process died in between. So no acknowledgement deadline runs while the bot works, however long that takes.
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool? answeredBeforeTheTurnEnded = null;
        var bot = new FakeBot(async (turn, _) =>
        {
            started.SetResult();
            await gate.Task;
            answeredBeforeTheTurnEnded = answered.Task.IsCompleted;
            turn.SendText("late answer");
        });
        await using var host = await BotTestHost.StartAsync(bot);

        var pending = host.PostAsync(Local(Activities.Message("hi")));
        _ = pending.ContinueWith(_ => answered.TrySetResult(), TaskScheduler.Default);
        await started.Task.WaitAsync(Patience);
        host.Time.Advance(TimeSpan.FromSeconds(11));
        gate.SetResult();
        var response = await pending.WaitAsync(Patience);
        await host.Connector.WaitForRequestsAsync(1).WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The window counts from the request: 11 s had passed when the bot finished, so no 10 s deadline ever ran.
        Assert.DoesNotContain(TimeSpan.FromSeconds(10), host.Time.DueTimes);
        Assert.False(answeredBeforeTheTurnEnded);
        Assert.Equal("late answer", host.Connector.Requests.Single().Json!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_BotThrows_Answers500AndARedeliveryMayRetry()
    {
        var calls = 0;
        var bot = new FakeBot((turn, _) =>
        {
            turn.SendText("never delivered");
            return Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("boom") : Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);
        var activity = Local(Activities.Message("hi"));

        var failed = await host.PostAsync(activity);
        var retried = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(2, bot.Turns.Count);
        Assert.Single(host.Connector.Requests);
        Assert.True(host.Logged(1030, "message turn (InvalidOperationException)"));
    }

    [Fact]
    public async Task Post_ConnectorRejectsReply_TurnStillSucceedsAndLaterRepliesAreNotSent()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.SendText("first");
            turn.SendText("second");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);
        host.Connector.Enqueue(
            HttpStatusCode.Forbidden,
            """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""",
            r => r.Headers.Add("X-Correlating-OperationId", "op-123"));

        var response = await host.PostAsync(Local(Activities.Message("hi")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.Requests);
        Assert.True(host.Logged(1040, "op-123"));
        Assert.True(host.Logged(1050, "ConversationBlockedByUser"));
    }

    [Fact]
    public async Task Post_Turn_RecordsLatencyTaggedByActivityType()
    {
        await using var host = await BotTestHost.StartAsync(new FakeBot());
        using var collector = new MetricCollector<double>(
            host.Services.GetRequiredService<IMeterFactory>(), BotFrameworkTelemetry.MeterName, BotFrameworkTelemetry.TurnDurationInstrument);

        await host.PostAsync(Local(Activities.InstallationUpdate()));
        await host.PostAsync(Local(Activities.MembersAdded()));

        var types = collector.GetMeasurementSnapshot().Select(m => m.Tags[BotFrameworkTelemetry.ActivityTypeTag]).ToList();
        Assert.Equal([ActivityTypes.InstallationUpdate, ActivityTypes.ConversationUpdate], types);
    }

    private static Activity Local(Activity activity)
    {
        activity.ServiceUrl = PlaygroundServiceUrl;
        return activity;
    }
}
