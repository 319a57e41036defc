using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class ConnectorHttpHandlerTests
{
    [Fact]
    public void AddBotFramework_ConnectorPrimaryHandler_DoesNotFollowRedirects()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppSecret"] = TestTokens.AppSecret,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddBotFramework(configuration);
        using var provider = services.BuildServiceProvider();

        HttpMessageHandler handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ConnectorClient.HttpClientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        var primary = Assert.IsType<SocketsHttpHandler>(handler);
        Assert.False(primary.AllowAutoRedirect);
    }
}
