using System.Net;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.TeamPlans;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.TeamPlans;

public sealed class ConversationRosterTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly RecordingHttpHandler _connector = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetAsync_ThreadOfAChannel_ReadsTheChannelOnceAndKeysMembersByEntraAndTeamsId()
    {
        var roster = NewRoster();
        _connector.Enqueue(HttpStatusCode.OK, """{"members":[{"id":"29:a","name":"Ada","aadObjectId":"AAD-A"},{"id":"29:b"}]}""");

        var first = await roster.GetAsync(ServiceUrl, "19:c@thread.tacv2;messageid=1", CancellationToken.None);
        var second = await roster.GetAsync(ServiceUrl, "19:c@thread.tacv2;messageid=2", CancellationToken.None);

        Assert.Same(first, second);
        Assert.EndsWith("/v3/conversations/19%3Ac%40thread.tacv2/pagedmembers?pageSize=500", Assert.Single(_connector.Requests).PathAndQuery);
        Assert.Equal(new TeamMember("aad-a", "Ada"), first["aad-a"]);
        Assert.Equal(first["aad-a"], first["29:a"]);
        Assert.Equal(new TeamMember("29:b", "29:b"), first["29:b"]);
    }

    [Fact]
    public async Task GetAsync_MoreConversationsThanTheCap_ForgetsTheOldest()
    {
        var roster = NewRoster();
        for (var i = 0; i <= ConversationRoster.MaxConversations; i++)
        {
            _connector.Enqueue(HttpStatusCode.OK, """{"members":[]}""");
            await roster.GetAsync(ServiceUrl, $"19:c{i}@thread.v2", CancellationToken.None);
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        _connector.Enqueue(HttpStatusCode.OK, """{"members":[]}""").Enqueue(HttpStatusCode.OK, """{"members":[]}""");
        await roster.GetAsync(ServiceUrl, $"19:c{ConversationRoster.MaxConversations}@thread.v2", CancellationToken.None);
        var cachedCount = _connector.Requests.Count;
        await roster.GetAsync(ServiceUrl, "19:c0@thread.v2", CancellationToken.None);

        Assert.Equal(ConversationRoster.MaxConversations + 1, cachedCount);
        Assert.Equal(cachedCount + 1, _connector.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_ConnectorRefuses_SurfacesAConnectorExceptionAndCachesNothing()
    {
        var roster = NewRoster();
        _connector.Enqueue(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"no"}}""");

        await Assert.ThrowsAsync<ConnectorException>(() => roster.GetAsync(ServiceUrl, "19:g@thread.v2", CancellationToken.None));
        _connector.Enqueue(HttpStatusCode.OK, """{"members":[]}""");
        await roster.GetAsync(ServiceUrl, "19:g@thread.v2", CancellationToken.None);

        Assert.Equal(2, _connector.Requests.Count);
    }

    public void Dispose() => _connector.Dispose();

    private ConversationRoster NewRoster() =>
        new(new ConnectorClient(new HttpClient(_connector), new HarnessLogger<ConnectorClient>()), _time);
}
