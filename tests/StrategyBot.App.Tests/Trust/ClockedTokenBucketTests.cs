using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.RateLimiting;

namespace StrategyBot.App.Tests.Trust;

[Trait("Category", "Trust")]
public sealed class ClockedTokenBucketTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AttemptAcquire_BurstBeyondLimit_RefusesAndFlagsOnlyTheFirstRefusal()
    {
        using var bucket = new ClockedTokenBucket(_time, limit: 3, refillInterval: TimeSpan.FromSeconds(1));

        var granted = Enumerable.Range(0, 3).Select(_ => bucket.AttemptAcquire().IsAcquired).ToList();
        using var first = bucket.AttemptAcquire();
        using var second = bucket.AttemptAcquire();

        Assert.All(granted, Assert.True);
        Assert.False(first.IsAcquired);
        Assert.True(first.TryGetMetadata(BucketLease.FirstRefusal, out var firstFlag) && firstFlag);
        Assert.True(second.TryGetMetadata(BucketLease.FirstRefusal, out var secondFlag) && !secondFlag);
        Assert.True(first.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(1), retryAfter);
    }

    [Fact]
    public void AttemptAcquire_AfterOneRefillInterval_GrantsOneMoreAndFlagsTheNextRefusalAsFirstAgain()
    {
        using var bucket = new ClockedTokenBucket(_time, limit: 2, refillInterval: TimeSpan.FromSeconds(5));
        bucket.AttemptAcquire().Dispose();
        bucket.AttemptAcquire().Dispose();
        bucket.AttemptAcquire().Dispose();

        _time.Advance(TimeSpan.FromSeconds(5));
        using var refilled = bucket.AttemptAcquire();
        using var refusedAgain = bucket.AttemptAcquire();

        Assert.True(refilled.IsAcquired);
        Assert.False(refusedAgain.IsAcquired);
        Assert.True(refusedAgain.TryGetMetadata(BucketLease.FirstRefusal, out var flag) && flag);
    }

    [Fact]
    public void AttemptAcquire_LongIdle_RefillsOnlyUpToTheLimit()
    {
        using var bucket = new ClockedTokenBucket(_time, limit: 2, refillInterval: TimeSpan.FromSeconds(1));
        bucket.AttemptAcquire().Dispose();
        bucket.AttemptAcquire().Dispose();

        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(2, bucket.GetStatistics()!.CurrentAvailablePermits);
        Assert.True(bucket.AttemptAcquire().IsAcquired);
        Assert.True(bucket.AttemptAcquire().IsAcquired);
        Assert.False(bucket.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public void IdleDuration_FullBucket_CountsFromWhenItFilled()
    {
        using var bucket = new ClockedTokenBucket(_time, limit: 1, refillInterval: TimeSpan.FromSeconds(1));
        bucket.AttemptAcquire().Dispose();
        var whileSpent = bucket.IdleDuration;

        _time.Advance(TimeSpan.FromSeconds(4));

        Assert.Null(whileSpent);
        Assert.Equal(TimeSpan.FromSeconds(3), bucket.IdleDuration);
    }
}
