using StrategyBot.App.Interview;

namespace StrategyBot.App.Tests.Interview;

public sealed class AnswerListTests
{
    [Theory]
    [InlineData("Recipes, behind the scenes, offers", new[] { "Recipes", "behind the scenes", "offers" })]
    [InlineData("1. Recipes\n2) Offers\n- Tips\n• Stories", new[] { "Recipes", "Offers", "Tips", "Stories" })]
    [InlineData("نکته‌های آموزشی، پشت صحنه؛ تخفیف", new[] { "نکته‌های آموزشی", "پشت صحنه", "تخفیف" })]
    [InlineData("Offers, offers, OFFERS 🎉, 🎂", new[] { "Offers", "OFFERS 🎉" })]
    [InlineData("Publish 3 reels.", new[] { "Publish 3 reels" })]
    public void Split_TypedLists_GiveTheItems(string text, string[] expected)
    {
        var items = AnswerList.Split(text);

        Assert.Equal(expected, items);
    }

    [Fact]
    public void TryParse_OnlyEmoji_AsksForAtLeastOneItem()
    {
        var ok = AnswerList.TryParse("🎂 🎉", out _, out var problem);

        Assert.False(ok);
        Assert.Equal(InterviewText.RetryListEmpty, problem!.Key);
    }

    [Fact]
    public void TryParse_TooManyItems_SaysHowManyAndTheLimit()
    {
        var ok = AnswerList.TryParse(string.Join(",", Enumerable.Range(1, 25).Select(i => $"item {i}")), out _, out var problem);

        Assert.False(ok);
        Assert.Equal((InterviewText.RetryListTooMany, 25, AnswerList.MaxItems), (problem!.Key, problem.Args[0], problem.Args[1]));
    }

    [Fact]
    public void TryParse_AnItemTooLong_QuotesItsStart()
    {
        var ok = AnswerList.TryParse("short, " + new string('a', 300), out _, out var problem);

        Assert.False(ok);
        Assert.Equal(InterviewText.RetryListItemTooLong, problem!.Key);
        Assert.EndsWith("…", (string)problem.Args[0]!, StringComparison.Ordinal);
    }
}
