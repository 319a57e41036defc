using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class TrustedServiceUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/teams/v3/conversations")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/v3/conversations")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch/v3/conversations")]
    public void MayReceiveToken_AllowListedTeamsHost_IsTrusted(string target)
    {
        var trusted = Create();

        var allowed = trusted.MayReceiveToken(new Uri(target));

        Assert.True(allowed);
    }

    [Theory]
    [InlineData("https://evil.example/v3/conversations")]
    [InlineData("http://smba.trafficmanager.net/emea/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/v3/conversations")]
    [InlineData("https://evil.example/https://smba.trafficmanager.net/")]
    [InlineData("http://127.0.0.1:56150/_connector/v3/conversations")]
    public void MayReceiveToken_OtherHosts_AreNotTrusted(string target)
    {
        var trusted = Create();

        var allowed = trusted.MayReceiveToken(new Uri(target));

        Assert.False(allowed);
    }

    [Fact]
    public void MayReceiveToken_VouchedServiceUrl_TrustsThatPrefixOnly()
    {
        var trusted = Create();

        trusted.Vouch("https://bots.contoso.example/region-1");

        Assert.True(trusted.MayReceiveToken(new Uri("https://bots.contoso.example/region-1/v3/conversations/x/activities")));
        Assert.False(trusted.MayReceiveToken(new Uri("https://bots.contoso.example/region-2/v3/conversations")));
    }

    [Fact]
    public void MayReceiveToken_ConfiguredExtraPrefix_IsTrustedBesideDefaults()
    {
        var trusted = Create(extraPrefix: "https://connector.sovereign.example/");

        Assert.True(trusted.MayReceiveToken(new Uri("https://connector.sovereign.example/v3/conversations")));
        Assert.True(trusted.MayReceiveToken(new Uri("https://smba.trafficmanager.net/emea/v3/conversations")));
    }

    [Fact]
    public void MaySend_NoAppId_AllowsLoopbackOnlyAndNeverATokenTarget()
    {
        var trusted = Create(appId: null, environment: Environments.Development);

        Assert.True(trusted.MaySend(new Uri("http://127.0.0.1:56150/_connector/v3/conversations")));
        Assert.False(trusted.MaySend(new Uri("https://smba.trafficmanager.net/emea/v3/conversations")));
        Assert.False(trusted.MayReceiveToken(new Uri("http://127.0.0.1:56150/_connector/v3/conversations")));
    }

    [Fact]
    public void MaySend_WithAppId_RefusesUntrustedTargets()
    {
        var trusted = Create();

        Assert.True(trusted.MaySend(new Uri("https://smba.trafficmanager.net/emea/v3/conversations")));
        Assert.False(trusted.MaySend(new Uri("https://evil.example/v3/conversations")));
        Assert.False(trusted.MaySend(new Uri("http://127.0.0.1:56150/_connector/v3/conversations")));
    }

    private static TrustedServiceUrls Create(
        string? appId = TestTokens.AppId, string environment = "Production", string? extraPrefix = null)
    {
        var options = new BotFrameworkOptions { AppId = appId, AppSecret = "secret" };
        if (extraPrefix is not null)
        {
            options.TrustedServiceUrls.Add(extraPrefix);
        }

        var wrapped = Options.Create(options);
        var mode = new BotAuthenticationMode(wrapped, new HostingEnvironment { EnvironmentName = environment });
        return new TrustedServiceUrls(wrapped, mode, new FakeTimeProvider(), NullLogger<TrustedServiceUrls>.Instance);
    }
}
