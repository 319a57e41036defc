using System.Globalization;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class ConnectorPacingHandlerTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(25);

    [Theory]
    [InlineData(10, 60, 4)]
    [InlineData(45, 200, 20)]
    public async Task SendToConversationAsync_BurstWith429s_NoOneSecondWindowOfATenantHoldsMoreAttemptsThanTheRate(
        int perSecond, int users, int throttleEvery)
    {
        // Every n-th user's first attempt is throttled and every 2n-th user's retry too, so retries need slots as well.
        bool Throttled(int user, int attempt) => (attempt == 1 && user % throttleEvery == 0) || (attempt == 2 && user % (2 * throttleEvery) == 0);
        await using var harness = new PacingHarness(perSecond, throttle: (conversation, attempt) => Throttled(UserOf(conversation), attempt));
        var tenants = new Dictionary<string, int> { ["busy"] = users, ["other"] = users / 4 };
        var sends = tenants.SelectMany(tenant => Enumerable.Range(0, tenant.Value).Select(user => harness.SendProactive(tenant.Key, user))).ToList();

        await harness.RunAsync(sends, Step, Limit);

        var attempts = harness.Connector.Attempts;
        var expected = tenants.Values.Sum(count => Enumerable.Range(0, count).Sum(user => 1 + (Throttled(user, 1) ? 1 : 0) + (Throttled(user, 2) ? 1 : 0)));
        Assert.Equal(expected, attempts.Count);
        Assert.Contains(attempts, attempt => attempt.Attempt == 3);
        foreach (var tenant in tenants.Keys)
        {
            var times = attempts.Where(a => a.PacedTenant == tenant).Select(a => a.At).Order().ToList();
            var busiest = times.Max(start => times.Count(t => t >= start && t < start + TimeSpan.FromSeconds(1)));
            Assert.True(busiest <= perSecond, $"{tenant}: {busiest} attempts in one second at {perSecond}/s");
        }
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfter429_WaitsForASlotOfItsOwnBehindTheQueue()
    {
        var first = PacingHarness.ConversationId("t", 1);
        await using var harness = new PacingHarness(
            10, throttle: (conversation, attempt) => conversation == first && attempt == 1, retryAfter: TimeSpan.FromMilliseconds(50));
        var start = harness.Time.GetUtcNow();
        List<Task> sends = [harness.SendProactive("t", 1)];
        await harness.SettleAsync(sends);
        sends.Add(harness.SendProactive("t", 2));

        await harness.RunAsync(sends, Step, Limit);

        // Retry-After alone would send the retry at 50 ms; it queues behind user 2 instead and gets the third slot.
        var attempts = harness.Connector.Attempts.Select(a => (a.ConversationId, a.Attempt, Offset: a.At - start)).ToList();
        Assert.Equal(
            [
                (first, 1, TimeSpan.Zero),
                (PacingHarness.ConversationId("t", 2), 1, TimeSpan.FromMilliseconds(100)),
                (first, 2, TimeSpan.FromMilliseconds(200)),
            ],
            attempts);
    }

    [Fact]
    public async Task SendToConversationAsync_OtherTenantWhileOneIsQueued_GoesAtOnce()
    {
        await using var harness = new PacingHarness(1);
        var queued = Enumerable.Range(0, 5).Select(user => harness.SendProactive("busy", user)).ToList();
        await harness.SettleAsync(queued);

        var quiet = harness.SendProactive("quiet", 1);
        await harness.SettleAsync([.. queued, quiet]);

        Assert.True(quiet.IsCompletedSuccessfully);
        Assert.Equal(4, harness.Pacer.Waiting);
        Assert.Equal(2, harness.Connector.Attempts.Count);
        Assert.Equal("quiet", harness.Connector.Attempts[1].PacedTenant);
    }

    [Fact]
    public async Task TurnReplies_ManyAtOnce_AreNotPacedAndTakeNoSlot()
    {
        await using var harness = new PacingHarness(1);

        var replies = Enumerable.Range(0, 10)
            .Select(i => harness.Client.ReplyToActivityAsync(PacingHarness.ServiceUrl, "a:turn", $"in-{i}", new Activity { Text = "reply" }, CancellationToken.None))
            .Concat(Enumerable.Range(0, 10)
                .Select(_ => harness.Client.SendToConversationAsync(PacingHarness.ServiceUrl, "a:turn", new Activity { Text = "more" }, CancellationToken.None)))
            .ToList();
        await Task.WhenAll(replies).WaitAsync(TimeSpan.FromSeconds(30));
        var proactive = harness.SendProactive("t", 1);
        await harness.SettleAsync([proactive]);

        Assert.Equal(21, harness.Connector.Attempts.Count);
        Assert.All(harness.Connector.Attempts.Take(20), attempt => Assert.Null(attempt.PacedTenant));
        Assert.True(proactive.IsCompletedSuccessfully, "the replies took the tenant's slot");
    }

    [Fact]
    public async Task SendToConversationAsync_CancelledWhileWaitingForASlot_ThrowsAndNeverReachesTheConnector()
    {
        await using var harness = new PacingHarness(1);
        using var cancellation = new CancellationTokenSource();
        var first = harness.SendProactive("t", 1);
        await harness.SettleAsync([first]);
        var cancelled = harness.SendProactive("t", 2, cancellation.Token);
        var third = harness.SendProactive("t", 3);
        await harness.SettleAsync([first, cancelled, third]);

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.SettleAsync([first, cancelled, third]);

        Assert.True(third.IsCompletedSuccessfully, "the cancelled send kept its slot");
        Assert.DoesNotContain(harness.Connector.Attempts, a => a.ConversationId == PacingHarness.ConversationId("t", 2));
        Assert.Equal(0, harness.Pacer.Waiting);
    }

    [Fact]
    public async Task CreateConversationAsync_SameTenantAsAProactiveSend_WaitsForTheNextSlot()
    {
        await using var harness = new PacingHarness(2);
        var start = harness.Time.GetUtcNow();
        var send = harness.SendProactive("t", 1);
        await harness.SettleAsync([send]);
        var parameters = ConversationParameters.ForPersonalChat("28:bot", "aad-user", "t");

        var create = Task.Run(() => harness.Client.CreateConversationAsync(PacingHarness.ServiceUrl, parameters, CancellationToken.None));
        await harness.RunAsync([send, create], Step, Limit);

        var attempt = harness.Connector.Attempts[1];
        Assert.Equal("(new)", attempt.ConversationId);
        Assert.Equal("t", attempt.PacedTenant);
        Assert.Equal(TimeSpan.FromMilliseconds(500), attempt.At - start);
    }

    private static int UserOf(string conversationId) =>
        int.Parse(conversationId[(conversationId.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
}
