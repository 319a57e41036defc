using StrategyBot.App.Interview;

namespace StrategyBot.App.Tests.Interview;

public sealed class HashtagListTests
{
    [Theory]
    [InlineData("#SaraBakery #BakedWithLove", new[] { "#SaraBakery", "#BakedWithLove" })]
    [InlineData("SaraBakery, baked with love", new[] { "#SaraBakery", "#baked_with_love" })]
    [InlineData("##cake, #Cake, cake!", new[] { "#cake" })]
    [InlineData("#کافه_تهران #شیرینی‌خانگی", new[] { "#کافه_تهران", "#شیرینی_خانگی" })]
    [InlineData("نان سارا، #پخت_با_عشق", new[] { "#نان_سارا", "#پخت_با_عشق" })]
    public void TryParse_TagsAsTyped_AreNormalised(string text, string[] expected)
    {
        var ok = HashtagList.TryParse(text, out var tags, out _);

        Assert.True(ok);
        Assert.Equal(expected, tags);
    }

    [Fact]
    public void TryParse_NoTag_SaysHowToWriteThem()
    {
        var ok = HashtagList.TryParse("# !", out _, out var problem);

        Assert.False(ok);
        Assert.Equal(InterviewText.RetryHashtagsNone, problem!.Key);
    }

    [Fact]
    public void TryParse_TooManyTags_SaysTheLimit()
    {
        var ok = HashtagList.TryParse(string.Join(' ', Enumerable.Range(1, 31).Select(i => $"#tag{i}")), out _, out var problem);

        Assert.False(ok);
        Assert.Equal((InterviewText.RetryHashtagsTooMany, 31, HashtagList.MaxTags), (problem!.Key, problem.Args[0], problem.Args[1]));
    }
}
