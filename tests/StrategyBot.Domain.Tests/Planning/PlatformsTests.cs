using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class PlatformsTests
{
    [Theory]
    [InlineData("insta", Platform.Instagram)]
    [InlineData("Instagram", Platform.Instagram)]
    [InlineData(" IG ", Platform.Instagram)]
    [InlineData("اینستاگرام", Platform.Instagram)]
    [InlineData("اینستا", Platform.Instagram)]
    [InlineData("Facebook", Platform.Facebook)]
    [InlineData("فیس‌بوک", Platform.Facebook)]
    [InlineData("LinkedIn", Platform.LinkedIn)]
    [InlineData("لینکدین", Platform.LinkedIn)]
    [InlineData("X", Platform.X)]
    [InlineData("Twitter", Platform.X)]
    [InlineData("X (Twitter)", Platform.X)]
    [InlineData("توییتر", Platform.X)]
    [InlineData("TikTok", Platform.TikTok)]
    [InlineData("tik tok", Platform.TikTok)]
    [InlineData("تیک‌تاک", Platform.TikTok)]
    [InlineData("YouTube", Platform.YouTube)]
    [InlineData("یوتیوب", Platform.YouTube)]
    [InlineData("telegram", Platform.Telegram)]
    [InlineData("تلگرام", Platform.Telegram)]
    [InlineData("WhatsApp", Platform.WhatsApp)]
    [InlineData("واتس‌اپ", Platform.WhatsApp)]
    [InlineData("Pinterest", Platform.Pinterest)]
    [InlineData("Aparat", Platform.Aparat)]
    [InlineData("آپارات", Platform.Aparat)]
    [InlineData("Threads", Platform.Threads)]
    public void TryParse_KnownAlias_ReturnsPlatform(string input, Platform expected)
    {
        var ok = Platforms.TryParse(input, out var platform);

        Assert.True(ok);
        Assert.Equal(expected, platform);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("myspace")]
    [InlineData("3")]
    public void TryParse_UnknownOrEmpty_ReturnsFalse(string? input)
    {
        var ok = Platforms.TryParse(input, out _);

        Assert.False(ok);
    }

    [Fact]
    public void FindAll_MixedText_ReturnsMentionsInOrderWithoutRepeats()
    {
        var found = Platforms.FindAll("Grow TikTok and Instagram; insta first, then tiktok again");

        Assert.Equal([Platform.TikTok, Platform.Instagram], found);
    }

    [Fact]
    public void FindAll_PersianWithSuffix_FindsPlatform()
    {
        var found = Platforms.FindAll("افزایش فالوورهای اینستاگراممان و کانال تلگرامی");

        Assert.Equal([Platform.Instagram, Platform.Telegram], found);
    }

    [Theory]
    [InlineData("double reach, x2 by June")]
    [InlineData("grow the box office")]
    [InlineData("a big launch")]
    public void FindAll_LookalikeWords_FindsNothing(string text)
    {
        var found = Platforms.FindAll(text);

        Assert.Empty(found);
    }

    [Fact]
    public void FindAll_XAsWord_FindsX()
    {
        var found = Platforms.FindAll("Grow X followers to 2k");

        Assert.Equal([Platform.X], found);
    }

    [Theory]
    [InlineData("instagarm", Platform.Instagram)]
    [InlineData("Instgram", Platform.Instagram)]
    [InlineData("linkdin", Platform.LinkedIn)]
    [InlineData("telegarm", Platform.Telegram)]
    [InlineData("tiktik", Platform.TikTok)]
    [InlineData("youtub", Platform.YouTube)]
    [InlineData("پینترس", Platform.Pinterest)]
    [InlineData("تلگرم", Platform.Telegram)]
    public void Suggest_MistypedName_ReturnsThePlatformMeant(string text, Platform expected)
    {
        var suggestion = Platforms.Suggest(text);

        Assert.Equal(expected, suggestion);
    }

    [Theory]
    [InlineData("Instagram")]
    [InlineData("bakery")]
    [InlineData("igg")]
    [InlineData("")]
    [InlineData(null)]
    public void Suggest_NameOrNothingClose_ReturnsNull(string? text)
    {
        var suggestion = Platforms.Suggest(text);

        Assert.Null(suggestion);
    }
}
