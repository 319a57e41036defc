using System.Net;
using System.Text;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>The body limit, through the real endpoint: declared and undeclared (chunked) lengths.</summary>
public sealed class RequestBodyTests
{
    private const string PlaygroundServiceUrl = "http://127.0.0.1:56150/_connector";

    [Fact]
    public async Task Post_BodyOver256KiB_Answers413()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot);
        var activity = Local(Activities.Message(new string('x', 256 * 1024)));

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimitWithoutContentLength_Answers413()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot);
        var body = Encoding.UTF8.GetBytes(Activities.ToJson(Local(Activities.Message(new string('x', 300 * 1024)))));
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new("application/json");

        var response = await host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_BodyJustUnderLimit_IsRead()
    {
        var bot = new FakeBot();
        await using var host = await BotTestHost.StartAsync(bot);
        var activity = Local(Activities.Message(string.Empty));
        var overhead = Encoding.UTF8.GetByteCount(Activities.ToJson(activity));
        activity.Text = new string('x', (256 * 1024) - overhead);

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(256 * 1024, Encoding.UTF8.GetByteCount(Activities.ToJson(activity)));
        Assert.Single(bot.Turns);
    }

    private static Activity Local(Activity activity)
    {
        activity.ServiceUrl = PlaygroundServiceUrl;
        return activity;
    }
}
