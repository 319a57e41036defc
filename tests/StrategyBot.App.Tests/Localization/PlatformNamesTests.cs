using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Localization;

public sealed class PlatformNamesTests
{
    [Fact]
    public void Name_EveryPlatformInPersian_HasPersianName()
    {
        var names = Platforms.All.Select(p => PlatformNames.Name(Language.Persian, p)).ToList();

        Assert.All(names, name => Assert.Contains(name, c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [InlineData(Platform.Instagram, Language.English, "Instagram")]
    [InlineData(Platform.X, Language.English, "X (Twitter)")]
    [InlineData(Platform.Aparat, Language.Persian, "آپارات")]
    public void Name_Platform_Localised(Platform platform, Language language, string expected)
    {
        var name = PlatformNames.Name(language, platform);

        Assert.Equal(expected, name);
    }
}
