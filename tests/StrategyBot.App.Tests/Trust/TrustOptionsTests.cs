using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using StrategyBot.App.Privacy;
using StrategyBot.App.RateLimiting;

namespace StrategyBot.App.Tests.Trust;

[Trait("Category", "Trust")]
public sealed class TrustOptionsTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("https://strategybot.azurewebsites.net/", true)]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://strategybot.azurewebsites.net/", false)]
    [InlineData("ftp://strategybot.example/", false)]
    public void PrivacyOptions_PublicBaseUrl_HttpsOrLocalOnly(string url, bool valid)
    {
        var options = Bind<PrivacyOptions>(PrivacyOptions.Section, ("PublicBaseUrl", url));

        Assert.Equal(valid, IsValid(options));
    }

    [Theory]
    [InlineData("00:00:30", false)]
    [InlineData("00:10:00", true)]
    [InlineData("02:00:00", false)]
    public void PrivacyOptions_ExportLinkLifetime_BetweenAMinuteAndAnHour(string lifetime, bool valid)
    {
        var options = Bind<PrivacyOptions>(PrivacyOptions.Section, ("ExportLinkLifetime", lifetime));

        Assert.Equal(valid, IsValid(options));
    }

    [Theory]
    [InlineData("10", "00:00:10", true)]
    [InlineData("0", "00:00:10", false)]
    [InlineData("10", "00:00:00", false)]
    [InlineData("10", "02:00:00", false)]
    public void UserRateLimitOptions_Limits_Validated(string permits, string window, bool valid)
    {
        var options = Bind<UserRateLimitOptions>(UserRateLimitOptions.Section, ("PermitLimit", permits), ("Window", window));

        Assert.Equal(valid, IsValid(options));
    }

    [Fact]
    public void UserRateLimitOptions_Defaults_TenMessagesRefillingOnePerSecond()
    {
        var options = new UserRateLimitOptions();

        Assert.Equal(10, options.PermitLimit);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RefillInterval);
        Assert.True(IsValid(options));
    }

    private static T Bind<T>(string section, params (string Key, string Value)[] values)
        where T : new()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create<string, string?>($"{section}:{v.Key}", v.Value)))
            .Build();
        return configuration.GetSection(section).Get<T>() ?? new T();
    }

    private static bool IsValid(object options) =>
        Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);
}
