using StrategyBot.App.MessageExtensions;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.MessageExtensions;

public sealed class ObjectiveSearchTests
{
    [Theory]
    [InlineData("Café", "cafe")]
    [InlineData("ۀ ي ك ۲۰", "ۀ ی ک 20")]
    [InlineData("دَسترسی", "دسترسی")]
    [InlineData("فروشـــگاه", "فروشگاه")]
    [InlineData("نیم‌فاصله", "نیم فاصله")]
    public void Fold_VariantsOfTheSameWord_FoldAlike(string text, string expected)
    {
        Assert.Equal(ObjectiveSearch.Fold(expected), ObjectiveSearch.Fold(text));
    }

    [Fact]
    public void Find_EveryWordMustMatch_InPlanOrderWithTheirNumbers()
    {
        var plan = new MarketingPlan
        {
            Objectives =
            [
                new Objective { Text = "Grow Instagram reach" },
                new Objective { Text = "More LinkedIn leads" },
                new Objective { Text = "Instagram sales", Platform = Platform.Instagram },
            ],
        };

        var found = ObjectiveSearch.Find(plan, "  instagram  ");
        var both = ObjectiveSearch.Find(plan, "instagram reach");
        var all = ObjectiveSearch.Find(plan, "");

        Assert.Equal([1, 3], found.Select(f => f.Number));
        Assert.Equal([1], both.Select(f => f.Number));
        Assert.Equal(3, all.Count);
    }
}
