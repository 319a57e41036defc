using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Localization;

public sealed class LanguagesTests
{
    [Theory]
    [InlineData("fa", Language.Persian)]
    [InlineData("fa-IR", Language.Persian)]
    [InlineData("FA-ir", Language.Persian)]
    [InlineData("fa_IR", Language.Persian)]
    [InlineData("en-US", Language.English)]
    [InlineData("de-DE", Language.English)]
    [InlineData("far", Language.English)]
    [InlineData("", Language.English)]
    [InlineData(null, Language.English)]
    public void FromLocale_Locale_PicksLanguage(string? locale, Language expected)
    {
        var language = Languages.FromLocale(locale);

        Assert.Equal(expected, language);
    }

    [Fact]
    public void Resolve_UserChoseEnglishOnPersianClient_KeepsChoice()
    {
        var language = Languages.Resolve(Language.English, "fa-IR");

        Assert.Equal(Language.English, language);
    }

    [Fact]
    public void Resolve_NoChoice_UsesLocale()
    {
        var language = Languages.Resolve(null, "fa-IR");

        Assert.Equal(Language.Persian, language);
    }

    [Theory]
    [InlineData("فارسی", Language.Persian)]
    [InlineData(" Farsi ", Language.Persian)]
    [InlineData("fa", Language.Persian)]
    [InlineData("English", Language.English)]
    [InlineData("انگلیسی", Language.English)]
    public void TryParse_LanguageName_Recognised(string text, Language expected)
    {
        var recognised = Languages.TryParse(text, out var language);

        Assert.True(recognised);
        Assert.Equal(expected, language);
    }

    [Fact]
    public void TryParse_OtherWord_NotRecognised()
    {
        var recognised = Languages.TryParse("klingon", out _);

        Assert.False(recognised);
    }

    [Theory]
    [InlineData(Language.English, Language.Persian, "en")]
    [InlineData(Language.Persian, Language.English, "fa")]
    public void Toggle_And_Code_Language_GiveOtherAndIsoCode(Language language, Language other, string code)
    {
        var toggled = Languages.Toggle(language);
        var iso = Languages.Code(language);

        Assert.Equal(other, toggled);
        Assert.Equal(code, iso);
    }
}
