using System.Net;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class InternalAddressesTests
{
    [Theory]
    [InlineData("https://127.0.0.1/")]
    [InlineData("https://127.1/")]
    [InlineData("https://2130706433/")]
    [InlineData("https://0x7f000001/")]
    [InlineData("https://10.1.2.3/")]
    [InlineData("https://172.16.0.1/")]
    [InlineData("https://172.31.255.255/")]
    [InlineData("https://192.168.0.1/")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://2852039166/latest/meta-data/")]
    [InlineData("https://0xA9FEA9FE/")]
    [InlineData("https://100.100.100.200/")]
    [InlineData("https://168.63.129.16/")]
    [InlineData("https://192.0.0.192/")]
    [InlineData("https://0.0.0.0/")]
    [InlineData("https://224.0.0.1/")]
    [InlineData("https://255.255.255.255/")]
    [InlineData("https://[::1]/")]
    [InlineData("https://[::]/")]
    [InlineData("https://[::ffff:169.254.169.254]/")]
    [InlineData("https://[::ffff:a9fe:a9fe]/")]
    [InlineData("https://[::ffff:127.0.0.1]/")]
    [InlineData("https://[::ffff:10.0.0.1]/")]
    [InlineData("https://[::10.0.0.1]/")]
    [InlineData("https://[64:ff9b::a9fe:a9fe]/")]
    [InlineData("https://[fd00:ec2::254]/")]
    [InlineData("https://[fc00::1]/")]
    [InlineData("https://[fe80::1]/")]
    [InlineData("https://[fec0::1]/")]
    [InlineData("https://[ff02::1]/")]
    [InlineData("https://localhost/")]
    [InlineData("https://LOCALHOST./")]
    [InlineData("https://connector.localhost/")]
    public void IsInternalHost_LoopbackPrivateLinkLocalOrMetadata_True(string url)
    {
        var isInternal = InternalAddresses.IsInternalHost(new Uri(url));

        Assert.True(isInternal);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://52.112.0.1/")]
    [InlineData("https://172.32.0.1/")]
    [InlineData("https://169.255.0.1/")]
    [InlineData("https://11.0.0.1/")]
    [InlineData("https://[2603:1030::1]/")]
    [InlineData("https://[::ffff:8.8.8.8]/")]
    [InlineData("https://localhost.example.com/")]
    [InlineData("https://metadata.example/")]
    public void IsInternalHost_PublicHost_False(string url)
    {
        var isInternal = InternalAddresses.IsInternalHost(new Uri(url));

        Assert.False(isInternal);
    }

    [Fact]
    public void IsInternal_IPv4MappedMetadataAddress_True()
    {
        var mapped = IPAddress.Parse("169.254.169.254").MapToIPv6();

        Assert.True(InternalAddresses.IsInternal(mapped));
    }
}
