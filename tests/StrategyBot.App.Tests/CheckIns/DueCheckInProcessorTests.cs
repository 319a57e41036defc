using System.Net;
using System.Net.Http.Headers;
using StrategyBot.App.CheckIns;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>
/// A check-in send Teams refuses with 429 on every retry (the host's connector makes no retries, so one 429 is all of
/// them): it is requeued for after the Retry-After, or a short backoff, instead of waiting out the 5-minute claim lease.
/// </summary>
public sealed class DueCheckInProcessorTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Slot = new(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ProcessAsync_RefusedWith429AndRetryAfter_RequeuedForThenAndSentOnceWithinTheLease()
    {
        var connector = new RecordingHttpHandler().Enqueue(
            HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30)));
        using var host = new CheckInTestHost(Start, connector: connector);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var refused = await host.TickAtAsync(Slot);
        var rows = ((InMemoryScheduleIndex)host.Index).Rows;
        var early = await host.TickAtAsync(Slot.AddSeconds(29));
        var retried = await host.TickAtAsync(Slot.AddSeconds(30));

        Assert.Single(refused);
        Assert.Equal(Slot.AddSeconds(30), Assert.Single(rows).Due);
        Assert.Empty(early);
        var sent = Assert.Single(retried);
        Assert.Equal("AdaptiveCard", (string?)sent.Json!["attachments"]![0]!["content"]!["type"]);
        Assert.Equal(1, host.Metrics.Requeued);
        Assert.Equal("2027-W11", (await host.CheckInStateAsync()).Pending?.Week);
    }

    [Fact]
    public async Task ProcessAsync_RefusedWith429WithoutRetryAfter_RequeuedAfterAShortBackoff()
    {
        var connector = new RecordingHttpHandler().Enqueue(HttpStatusCode.TooManyRequests);
        using var host = new CheckInTestHost(Start, connector: connector);
        await host.SeedUserAsync(CheckInSamples.Plan());

        var refused = await host.TickAtAsync(Slot);
        var state = await host.CheckInStateAsync();
        var beforeBackoff = await host.TickAtAsync(Slot + DueCheckInProcessor.ThrottledBackoff - TimeSpan.FromSeconds(1));
        var afterBackoff = await host.TickAtAsync(Slot + (DueCheckInProcessor.ThrottledBackoff * 1.5));

        Assert.Single(refused);
        Assert.Null(state.Pending);
        Assert.Empty(beforeBackoff);
        Assert.Single(afterBackoff);
        Assert.Equal(1, host.Metrics.Requeued);
    }

    [Fact]
    public async Task ProcessAsync_RefusedWith429UntilTheRetryAfterDate_WaitsUntilThatDate()
    {
        var connector = new RecordingHttpHandler()
            .Enqueue(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(Slot.AddMinutes(2)))
            .Enqueue(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)));
        using var host = new CheckInTestHost(Start, connector: connector);
        await host.SeedUserAsync(CheckInSamples.Plan());

        await host.TickAtAsync(Slot);
        var beforeDate = await host.TickAtAsync(Slot.AddMinutes(2).AddSeconds(-1));
        var refusedAgain = await host.TickAtAsync(Slot.AddMinutes(2));
        var sent = await host.TickAtAsync(Slot.AddMinutes(2).AddSeconds(5));

        Assert.Empty(beforeDate);
        Assert.Single(refusedAgain);
        Assert.Single(sent);
        Assert.Equal(2, host.Metrics.Requeued);
        Assert.Single(((InMemoryScheduleIndex)host.Index).Rows);
    }
}
