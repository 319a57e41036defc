using System.Net;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class ServiceUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/")]
    [InlineData("https://SMBA.TrafficManager.net/EMEA", "https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net:443/emea/", "https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net/")]
    [InlineData("http://127.0.0.1:56150/_connector", "http://127.0.0.1:56150/_connector/")]
    [InlineData("https://smba.trafficmanager.net/emea/../amer/", "https://smba.trafficmanager.net/amer/")]
    public void Normalize_AbsoluteHttpUrl_IsLowerCasedWithTrailingSlash(string input, string expected)
    {
        var normalized = ServiceUrls.Normalize(input);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/path")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:pass@smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea/?x=1")]
    [InlineData("https://smba.trafficmanager.net/emea/#frag")]
    public void Normalize_AnythingElse_ReturnsNull(string? input)
    {
        var normalized = ServiceUrls.Normalize(input);

        Assert.Null(normalized);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://SMBA.trafficmanager.net/emea", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", "http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net.evil.example/emea/", false)]
    [InlineData(null, "https://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", null, false)]
    public void AreEquivalent_ComparesNormalisedUrls(string? claim, string? activity, bool expected)
    {
        var equivalent = ServiceUrls.AreEquivalent(claim, activity);

        Assert.Equal(expected, equivalent);
    }

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://[::1]:3978/", true)]
    [InlineData("http://127.9.9.9/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    [InlineData("http://localhost.evil.example/", false)]
    [InlineData("http://10.0.0.1/", false)]
    [InlineData("not a url", false)]
    public void IsLoopback_ServiceUrl_RecognisesLoopbackHostsOnly(string url, bool expected)
    {
        var loopback = ServiceUrls.IsLoopback(url);

        Assert.Equal(expected, loopback);
    }

    [Fact]
    public void IsLoopback_Ipv4MappedLoopbackAddress_IsLoopback()
    {
        var address = IPAddress.Loopback.MapToIPv6();

        var loopback = ServiceUrls.IsLoopback(address);

        Assert.True(loopback);
    }
}
