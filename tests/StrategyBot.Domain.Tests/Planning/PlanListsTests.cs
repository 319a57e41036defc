using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class PlanListsTests
{
    private static readonly IReadOnlyList<string> Items = ["a", "b", "c"];

    [Fact]
    public void PutAt_IndexInside_ReplacesThatItemInANewList()
    {
        var changed = Items.PutAt(1, "B");

        Assert.Equal(["a", "B", "c"], changed);
        Assert.Equal(["a", "b", "c"], Items);
    }

    [Fact]
    public void PutAt_IndexPastTheEnd_AddsTheItem()
    {
        Assert.Equal(["a", "b", "c", "d"], Items.PutAt(3, "d"));
    }

    [Fact]
    public void WithoutAt_Index_LeavesTheOthersInOrder()
    {
        Assert.Equal(["a", "c"], Items.WithoutAt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Items.WithoutAt(3));
    }

    [Fact]
    public void FindIndex_NoMatch_IsMinusOne()
    {
        Assert.Equal(2, Items.FindIndex(i => i == "c"));
        Assert.Equal(-1, Items.FindIndex(i => i == "z"));
    }
}
