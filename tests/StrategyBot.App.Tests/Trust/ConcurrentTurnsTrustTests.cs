using System.Net;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// Ten messages from one user at once (a phone that sends a queue after a tunnel, taps on two devices), through the
/// real endpoint against Azurite: every message is answered, in the order the bot took them, and every answer is stored
/// under the question that was open when its turn ran.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class ConcurrentTurnsTrustTests(AzuriteFixture azurite, OpenIdMetadataServer metadata) : IClassFixture<OpenIdMetadataServer>, IAsyncLifetime
{
    private const int StateConflictEvent = 102;
    private const int StorageFailedEvent = 103;
    private const int TurnFailedEvent = 104;
    private static readonly TrustUser Ada = TrustUser.Ada;
    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(azurite.ConnectionString, metadata.MetadataUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TenMessagesAtOnce_FromANewUser_AllAnsweredInOrderAndNoneLost()
    {
        var messages = Enumerable.Range(1, 10).Select(i => Ada.Message($"new user message {i}")).ToArray();

        var responses = await Task.WhenAll(messages.Select(_host.PostAsync));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var order = ProcessingOrder(messages);
        var plan = TurnState.Of(await _host.StateAsync(Ada)).Plan;

        // The first message taken starts the interview; each later one answers the question the one before it got.
        Assert.Equal(order[1].Text, plan.Situation.BusinessDescription);
        Assert.Equal(order[2].Text, plan.Situation.ProductsAndServices);
        Assert.Equal(order[3].Text, plan.Situation.CustomerNeeds);
        Assert.Equal(order[4].Text, Assert.Single(plan.Situation.Personas).Name);
        AssertNoTurnFailedOrRaced();
    }

    [Fact]
    public async Task TenMessagesAtOnce_FromAUserInMidInterview_AllAnsweredInOrderAndNoneLost()
    {
        await _host.StartPlanAsync(Ada, "We bake birthday cakes");

        // A full burst again: ten at once is what the per-user rate limit allows.
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        var messages = Enumerable.Range(1, 10).Select(i => Ada.Message($"mid-interview message {i}")).ToArray();

        var responses = await Task.WhenAll(messages.Select(_host.PostAsync));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var order = ProcessingOrder(messages);
        var plan = TurnState.Of(await _host.StateAsync(Ada)).Plan;
        Assert.Equal("We bake birthday cakes", plan.Situation.BusinessDescription);
        Assert.Equal(order[0].Text, plan.Situation.ProductsAndServices);
        Assert.Equal(order[1].Text, plan.Situation.CustomerNeeds);
        Assert.Equal(order[2].Text, Assert.Single(plan.Situation.Personas).Name);
        AssertNoTurnFailedOrRaced();
    }

    /// <summary>
    /// The messages in the order the bot took them, read from its replies: every message got at least one, and one
    /// message's replies never interleave with another's.
    /// </summary>
    private Activity[] ProcessingOrder(Activity[] messages)
    {
        var ids = messages.Select(m => m.Id).ToHashSet();
        var replyTo = _host.Connector.Requests.Select(r => TrustJson.ReadActivity(r.Body).ReplyToId).Where(ids.Contains).ToList();
        var runs = replyTo.Where((id, i) => i == 0 || replyTo[i - 1] != id).ToList();
        Assert.Equal(messages.Length, runs.Count);
        Assert.Equal(runs.Count, runs.Distinct().Count());
        return [.. runs.Select(id => messages.Single(m => m.Id == id))];
    }

    private void AssertNoTurnFailedOrRaced()
    {
        var events = _host.Logs.GetSnapshot().Select(r => r.Id.Id).ToList();
        Assert.DoesNotContain(TurnFailedEvent, events);
        Assert.DoesNotContain(StorageFailedEvent, events);

        // One instance takes a user's turns one at a time, so none of them has to be run again.
        Assert.DoesNotContain(StateConflictEvent, events);
    }
}
