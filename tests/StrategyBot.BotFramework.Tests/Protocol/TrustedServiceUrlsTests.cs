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

    [Theory]
    [InlineData("http://bots.contoso.example/")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[fd00:ec2::254]/")]
    [InlineData("https://[::ffff:169.254.169.254]/")]
    [InlineData("https://10.0.0.4/")]
    [InlineData("https://localhost/")]
    public void Vouch_PlainHttpOrInternalHostOutsideDevelopment_IsRefusedAndNeverGetsTheToken(string serviceUrl)
    {
        var trusted = Create();

        trusted.Vouch(serviceUrl);

        Assert.NotNull(trusted.Refusal(serviceUrl));
        Assert.False(trusted.MayReceiveToken(new Uri(serviceUrl + "v3/conversations")));
        Assert.False(trusted.MaySend(new Uri(serviceUrl + "v3/conversations")));
    }

    [Fact]
    public void Refusal_InDevelopment_AllowsPlainHttpAndLoopback()
    {
        var trusted = Create(environment: Environments.Development);

        trusted.Vouch("http://127.0.0.1:3978/");

        Assert.Null(trusted.Refusal("http://127.0.0.1:3978/"));
        Assert.True(trusted.MayReceiveToken(new Uri("http://127.0.0.1:3978/v3/conversations")));
    }

    [Fact]
    public void Refusal_PublicHttpsHost_IsNull()
    {
        var trusted = Create();

        Assert.Null(trusted.Refusal("https://bots.contoso.example/region-1/"));
        Assert.Null(trusted.Refusal("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public void StrictMode_OnlyConfiguredPrefixesAreAcceptedAndVouchesAreIgnored()
    {
        var trusted = Create(strict: true);

        trusted.Vouch("https://bots.contoso.example/region-1/");

        Assert.NotNull(trusted.Refusal("https://bots.contoso.example/region-1/"));
        Assert.False(trusted.MayReceiveToken(new Uri("https://bots.contoso.example/region-1/v3/conversations")));
        Assert.Null(trusted.Refusal("https://smba.trafficmanager.net/emea/"));
        Assert.True(trusted.MayReceiveToken(new Uri("https://smba.trafficmanager.net/emea/v3/conversations")));
    }

    private static TrustedServiceUrls Create(
        string? appId = TestTokens.AppId, string environment = "Production", string? extraPrefix = null, bool strict = false)
    {
        var options = new BotFrameworkOptions { AppId = appId, AppSecret = "secret", RestrictServiceUrls = strict };
        if (extraPrefix is not null)
        {
            options.TrustedServiceUrls.Add(extraPrefix);
        }

        var wrapped = Options.Create(options);
        var mode = new BotAuthenticationMode(wrapped, new HostingEnvironment { EnvironmentName = environment });
        return new TrustedServiceUrls(wrapped, mode, new FakeTimeProvider(), NullLogger<TrustedServiceUrls>.Instance);
    }
}
