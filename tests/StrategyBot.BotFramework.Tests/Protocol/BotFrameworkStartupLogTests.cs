using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class BotFrameworkStartupLogTests
{
    [Fact]
    public async Task StartAsync_NoAppIdInDevelopment_WarnsThatAnonymousLoopbackIsAccepted()
    {
        await using var app = await StartAsync("Development", new Dictionary<string, string?>(), registerBot: true);

        var record = Assert.Single(app.Services.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 1000);

        Assert.Equal(LogLevel.Warning, record.Level);
    }

    [Fact]
    public async Task StartAsync_SingleTenantApp_LogsTenantAuthority()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppSecret"] = TestTokens.AppSecret,
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:TenantId"] = "b7a1c2d3-0000-4000-8000-000000000001",
        };

        await using var app = await StartAsync("Production", settings, registerBot: true);

        var record = Assert.Single(app.Services.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 1002);
        Assert.Contains("https://login.microsoftonline.com/b7a1c2d3-0000-4000-8000-000000000001", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UserAssignedMsiWithoutSecret_StartsAndLogsManagedIdentityAsTokenSource()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppType"] = "UserAssignedMSI",
            ["Bot:TenantId"] = "b7a1c2d3-0000-4000-8000-000000000001",
        };

        await using var app = await StartAsync("Production", settings, registerBot: true);

        var record = Assert.Single(app.Services.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 1002);
        Assert.Contains("outbound tokens from the host's managed identity", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NoBotRegistered_LogsError()
    {
        await using var app = await StartAsync("Development", new Dictionary<string, string?>(), registerBot: false);

        var record = Assert.Single(app.Services.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 1003);

        Assert.Equal(LogLevel.Error, record.Level);
    }

    private static async Task<WebApplication> StartAsync(string environment, Dictionary<string, string?> settings, bool registerBot)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddFakeLogging();
        builder.Services.AddBotFramework(builder.Configuration);
        if (registerBot)
        {
            builder.Services.AddSingleton<BotFramework.Protocol.IBot>(new FakeBot());
        }

        var app = builder.Build();
        await app.StartAsync();
        return app;
    }
}
