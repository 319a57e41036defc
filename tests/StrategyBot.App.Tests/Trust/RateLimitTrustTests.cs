using System.Net;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>The per-user rate limit through the real endpoint and the whole app: friendly once, nothing processed, nothing lost.</summary>
[Trait("Category", "Trust")]
public sealed class RateLimitTrustTests(OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>, IAsyncLifetime
{
    private static readonly TrustUser Ada = TrustUser.Ada;
    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(storage: null, metadata.MetadataUrl, new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = "3",
            ["RateLimiting:Window"] = "00:00:10",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MessagesOverTheLimit_ToldOnceNotProcessedAndTheConversationCarriesOnLater()
    {
        await _host.SendAsync(Ada.Message("hi"));
        await _host.SendAsync(Ada.Message("We bake birthday cakes"));
        await _host.SendAsync(Ada.Message("Birthday cakes"));
        var saved = await _host.SnapshotAsync(Ada);

        var firstOver = await _host.SendAsync(Ada.Message("Parents want a cake"));
        var secondOver = await _host.SendAsync(Ada.Message("Parents want a cake, again"));
        var afterFlood = await _host.SnapshotAsync(Ada);
        _host.Time.Advance(TimeSpan.FromSeconds(10));
        var later = await _host.SendAsync(Ada.Message("Parents want a cake without stress"));

        Assert.Equal(Texts.Get(Language.English, TextKey.RateLimited), Assert.Single(firstOver).Text);
        Assert.Empty(secondOver);
        Assert.Equal(saved, afterFlood);
        Assert.NotEmpty(later);
        var plan = TurnState.Of(await _host.StateAsync(Ada)).Plan;
        Assert.Equal("We bake birthday cakes", plan.Situation.BusinessDescription);
        Assert.Equal("Birthday cakes", plan.Situation.ProductsAndServices);
        Assert.Equal("Parents want a cake without stress", plan.Situation.CustomerNeeds);
    }

    [Fact]
    public async Task OneUserOverTheLimit_OthersAnsweredNormally()
    {
        for (var i = 0; i < 5; i++)
        {
            await _host.SendAsync(Ada.Message("hi"));
        }

        var bob = await _host.SendAsync(TrustUser.Bob.Message("hi"));
        var adaElsewhere = await _host.SendAsync(TrustUser.AdaInOtherTenant.Message("hi"));

        Assert.DoesNotContain(bob, r => r.Text == Texts.Get(Language.English, TextKey.RateLimited));
        Assert.NotEmpty(bob);
        Assert.NotEmpty(adaElsewhere);
    }

    [Fact]
    public async Task FloodOfFiftyMessages_EveryRequestAnswered200AndOneFriendlyReply()
    {
        var statuses = new List<HttpStatusCode>();
        var before = _host.Connector.Requests.Count;

        for (var i = 0; i < 50; i++)
        {
            statuses.Add((await _host.PostAsync(Ada.Message($"flood {i}"))).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Single(_host.RepliesFrom(before), r => r.Text == Texts.Get(Language.English, TextKey.RateLimited));
    }
}
