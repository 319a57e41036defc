using StrategyBot.App.Interview;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

public sealed class PlatformAnswerTests
{
    [Theory]
    [InlineData("Instagram,Telegram", new[] { Platform.Instagram, Platform.Telegram })]
    [InlineData("insta and LinkedIn", new[] { Platform.Instagram, Platform.LinkedIn })]
    [InlineData("اینستاگرام و تلگرام", new[] { Platform.Instagram, Platform.Telegram })]
    [InlineData("X (Twitter), آپارات, youtube", new[] { Platform.X, Platform.Aparat, Platform.YouTube })]
    [InlineData("Instagram where they post daily reels", new[] { Platform.Instagram })]
    public void TryParse_CardValuesOrTypedNames_GiveThePlatformsInOrder(string text, Platform[] expected)
    {
        var ok = PlatformAnswer.TryParse(text, out var answer, out _);

        Assert.True(ok);
        Assert.Equal(expected, answer.Platforms);
    }

    [Fact]
    public void TryParse_HandlesAndLinks_AreKeptApart()
    {
        var ok = PlatformAnswer.TryParse("Instagram @rival.cafe, Telegram t.me/rivalcafe", out var answer, out _);

        Assert.True(ok);
        Assert.Equal([Platform.Instagram, Platform.Telegram], answer.Platforms);
        Assert.Equal(["@rival.cafe", "t.me/rivalcafe"], answer.Handles);
    }

    [Fact]
    public void TryParse_AnUnknownName_IsReportedNotDropped()
    {
        var ok = PlatformAnswer.TryParse("Instagram, Myspace", out _, out var problem);

        Assert.False(ok);
        Assert.Equal((InterviewText.RetryPlatformsUnknown, "Myspace"), (problem!.Key, (string)problem.Args[0]!));
    }

    [Theory]
    [InlineData("instagarm, Telegram", "instagarm", Platform.Instagram)]
    [InlineData("Instagram, linkdin", "linkdin", Platform.LinkedIn)]
    [InlineData("اینستاگرام، تلگرم", "تلگرم", Platform.Telegram)]
    public void TryParse_AMistypedName_AsksWhetherTheClosestPlatformWasMeant(string text, string mistyped, Platform meant)
    {
        var ok = PlatformAnswer.TryParse(text, out _, out var problem);

        Assert.False(ok);
        Assert.Equal((InterviewText.RetryPlatformsDidYouMean, mistyped, (object)meant), (problem!.Key, (string)problem.Args[0]!, problem.Args[1]!));
    }

    [Fact]
    public void TryParse_AMistypedName_IsAskedAboutInEitherLanguage()
    {
        var ok = PlatformAnswer.TryParse("instagarm", out _, out var problem);

        Assert.False(ok);
        Assert.Equal("I don't know \"instagarm\" as a platform. Did you mean Instagram? Please correct it or leave it out.", problem!.Describe(Language.English));
        Assert.Contains("منظورتان اینستاگرام بود؟", problem.Describe(Language.Persian), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NoPlatformAtAll_AsksForNames()
    {
        var ok = PlatformAnswer.TryParse("@justahandle", out _, out var problem);

        Assert.False(ok);
        Assert.Equal(InterviewText.RetryPlatformsNone, problem!.Key);
    }
}
