using System.Net;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>Delivery of a turn's queued updates and replies through the real endpoint, connector client and retries.</summary>
public sealed class ReplyDeliveryTests
{
    private const string PlaygroundServiceUrl = "http://127.0.0.1:56150/_connector";
    private const string ConversationId = "a:1personal";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Post_TurnQueuesUpdateAndReplies_NothingSentDuringTheTurnThenPutBeforeThePosts()
    {
        var sentDuringTurn = -1;
        BotTestHost? host = null;
        var bot = new FakeBot((turn, _) =>
        {
            turn.SendText("result");
            turn.UpdateActivity("card-7", new Activity { Text = "answered" });
            turn.SendText("after");
            sentDuringTurn = host!.Connector.Requests.Count;
            return Task.CompletedTask;
        });
        await using var started = await BotTestHost.StartAsync(bot);
        host = started;
        var inbound = Local(Activities.CardSubmit(new() { ["action"] = "checkin" }, replyToId: "card-7", conversationId: ConversationId));

        var response = await host.PostAsync(inbound);
        await host.Connector.WaitForRequestsAsync(3).WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, sentDuringTurn);
        var requests = host.Connector.Requests;
        Assert.Equal([HttpMethod.Put, HttpMethod.Post, HttpMethod.Post], requests.Select(r => r.Method));
        Assert.Equal("/_connector/v3/conversations/a%3A1personal/activities/card-7", requests[0].PathAndQuery);
        var update = requests[0].Json!;
        Assert.Equal("answered", update["text"]!.GetValue<string>());
        Assert.Equal("card-7", update["id"]!.GetValue<string>());
        Assert.Null(update["replyToId"]);
        Assert.Equal(Activities.BotId, update["from"]!["id"]!.GetValue<string>());
        Assert.Equal(Activities.UserId, update["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(ConversationId, update["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal(["result", "after"], requests.Skip(1).Select(r => r.Json!["text"]!.GetValue<string>()));
        Assert.All(requests.Skip(1), r => Assert.Equal($"/_connector/v3/conversations/a%3A1personal/activities/{inbound.Id}", r.PathAndQuery));
    }

    [Fact]
    public async Task Post_TrackedReply_CallbackGetsTheConnectorsIdAfterDelivery()
    {
        string? tracked = null;
        var bot = new FakeBot((turn, _) =>
        {
            turn.SendText("plain");
            turn.SendTracked(new Activity { Text = "summary" }, (sent, _) =>
            {
                tracked = sent.Id;
                return Task.CompletedTask;
            });
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);
        host.Connector.Enqueue(HttpStatusCode.Created, """{"id":"first"}""").Enqueue(HttpStatusCode.Created, """{"id":"summary-9"}""");

        await host.PostAsync(Local(Activities.Message("hi", conversationId: ConversationId)));
        await host.Connector.WaitForRequestsAsync(2).WaitAsync(Patience);

        Assert.Equal("summary-9", tracked);
    }

    [Fact]
    public async Task Post_UpdateInAnotherThreadOfTheSameChannel_IsPutThere()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.UpdateActivity("card-1", new Activity { Text = "same channel" }, "19:c@thread.tacv2;messageid=111");
            turn.UpdateActivity("card-2", new Activity { Text = "elsewhere" }, "19:other@thread.tacv2;messageid=5");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);

        await host.PostAsync(Local(Activities.Message("hi", conversationId: "19:c@thread.tacv2;messageid=222")));
        await host.Connector.WaitForRequestsAsync(2).WaitAsync(Patience);

        var paths = host.Connector.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.Equal("/_connector/v3/conversations/19%3Ac%40thread.tacv2%3Bmessageid%3D111/activities/card-1", paths[0]);
        Assert.Equal("/_connector/v3/conversations/19%3Ac%40thread.tacv2%3Bmessageid%3D222/activities/card-2", paths[1]);
    }

    [Fact]
    public async Task Post_UpdateRefusedWith404_RepliesStillSentAndRefusalLogged()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.UpdateActivity("gone-card", new Activity { Text = "answered" });
            turn.SendText("result");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);
        host.Connector.Enqueue(HttpStatusCode.NotFound, """{"error":{"code":"ActivityNotFound","message":"no such activity"}}""");

        var response = await host.PostAsync(Local(Activities.Message("hi", conversationId: ConversationId)));
        await host.Connector.WaitForRequestsAsync(2).WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([HttpMethod.Put, HttpMethod.Post], host.Connector.Requests.Select(r => r.Method));
        Assert.Equal("result", host.Connector.Requests[1].Json!["text"]!.GetValue<string>());
        Assert.True(host.Logged(1043, "gone-card"));
        Assert.False(host.Logged(1040));
    }

    [Fact]
    public async Task Post_TurnFails_QueuedUpdateIsNotSent()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.UpdateActivity("card-7", new Activity { Text = "answered" });
            throw new InvalidOperationException("state could not be saved");
        });
        await using var host = await BotTestHost.StartAsync(bot);

        await host.PostAsync(Local(Activities.Message("hi", conversationId: ConversationId)));

        Assert.Single(bot.Turns);
        Assert.True(host.Logged(1030));
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Post_InvokeWithUpdateOnly_UpdateDeliveredAfterTheResponse()
    {
        var bot = new FakeBot((turn, _) =>
        {
            turn.UpdateActivity("card-1", new Activity { Text = "answered" });
            turn.InvokeResponse = InvokeResponse.Message("ok");
            return Task.CompletedTask;
        });
        await using var host = await BotTestHost.StartAsync(bot);

        var response = await host.PostAsync(Local(Activities.AdaptiveCardAction("save")));
        await host.Connector.WaitForRequestsAsync(1).WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.EndsWith("/activities/card-1", request.PathAndQuery, StringComparison.Ordinal);
    }

    private static Activity Local(Activity activity)
    {
        activity.ServiceUrl = PlaygroundServiceUrl;
        return activity;
    }
}
