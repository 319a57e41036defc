using Microsoft.Extensions.Time.Testing;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class RecentActivityFilterTests
{
    [Fact]
    public void TryBegin_SameConversationAndId_SecondIsRefused()
    {
        var filter = new RecentActivityFilter(new FakeTimeProvider());
        var activity = Activities.Message("hi");

        var first = filter.TryBegin(activity);
        var second = filter.TryBegin(activity);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public void TryBegin_SameIdInAnotherConversation_IsAccepted()
    {
        var filter = new RecentActivityFilter(new FakeTimeProvider());
        var first = Activities.Message("hi", conversationId: "a:1");
        var other = Activities.Message("hi", conversationId: "a:2");
        other.Id = first.Id;

        filter.TryBegin(first);
        var accepted = filter.TryBegin(other);

        Assert.True(accepted);
    }

    [Fact]
    public void TryBegin_AfterRetention_IsAcceptedAgain()
    {
        var time = new FakeTimeProvider();
        var filter = new RecentActivityFilter(time);
        var activity = Activities.Message("hi");
        filter.TryBegin(activity);

        time.Advance(RecentActivityFilter.Retention + TimeSpan.FromSeconds(1));
        var accepted = filter.TryBegin(activity);

        Assert.True(accepted);
    }

    [Fact]
    public void TryBegin_WithoutIds_AlwaysAccepted()
    {
        var filter = new RecentActivityFilter(new FakeTimeProvider());
        var activity = Activities.Message("hi");
        activity.Id = null;

        filter.TryBegin(activity);
        var accepted = filter.TryBegin(activity);

        Assert.True(accepted);
    }

    [Fact]
    public void Forget_FailedTurn_LetsRedeliveryThrough()
    {
        var filter = new RecentActivityFilter(new FakeTimeProvider());
        var activity = Activities.Message("hi");
        filter.TryBegin(activity);

        filter.Forget(activity);
        var accepted = filter.TryBegin(activity);

        Assert.True(accepted);
    }

    [Fact]
    public void TryBegin_BeyondCapacity_EvictsOldestFirst()
    {
        var filter = new RecentActivityFilter(new FakeTimeProvider());
        var oldest = Activities.Message("first");
        filter.TryBegin(oldest);
        for (var i = 0; i < RecentActivityFilter.Capacity; i++)
        {
            filter.TryBegin(Activities.Message("filler"));
        }

        var oldestAgain = filter.TryBegin(oldest);

        Assert.True(oldestAgain);
    }
}
