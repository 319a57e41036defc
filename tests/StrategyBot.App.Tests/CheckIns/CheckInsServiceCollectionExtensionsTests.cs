using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyBot.App.CheckIns;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class CheckInsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCheckIns_SendsPerSecondPerTenant_SetsTheConnectorsProactivePace()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CheckIns:SendsPerSecondPerTenant"] = "22.5" })
            .Build();
        using var services = new ServiceCollection().AddCheckIns(configuration).BuildServiceProvider();

        var pacing = services.GetRequiredService<IOptions<ProactivePacingOptions>>().Value;

        Assert.Equal(22.5, pacing.SendsPerSecondPerTenant);
    }

    [Fact]
    public void AddCheckIns_NoSetting_KeepsTheDefaultPace()
    {
        using var services = new ServiceCollection().AddCheckIns(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var pacing = services.GetRequiredService<IOptions<ProactivePacingOptions>>().Value;

        Assert.Equal(ProactivePacingOptions.DefaultSendsPerSecondPerTenant, pacing.SendsPerSecondPerTenant);
    }
}
