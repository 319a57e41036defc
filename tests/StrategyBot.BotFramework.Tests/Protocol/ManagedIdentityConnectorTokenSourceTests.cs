using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>
/// MSAL's real managed identity code path against a fake App Service identity endpoint. MSAL finds the endpoint in the
/// process environment (IDENTITY_ENDPOINT, IDENTITY_HEADER), so these tests set it and run alone.
/// </summary>
[Collection(ManagedIdentityEnvironment.Name)]
public sealed class ManagedIdentityConnectorTokenSourceTests : IAsyncLifetime
{
    private const string BotFrameworkResource = "https://api.botframework.com";

    private FakeManagedIdentityEndpoint _endpoint = null!;

    public async Task InitializeAsync()
    {
        _endpoint = await FakeManagedIdentityEndpoint.StartAsync();
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _endpoint.Endpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", _endpoint.Header);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        await _endpoint.DisposeAsync();
    }

    [Fact]
    public async Task GetTokenAsync_AppServiceIdentity_AsksForBotFrameworkResourceAsTheUserAssignedIdentity()
    {
        // MSAL shares one managed identity token cache per process, so each test is its own identity.
        var clientId = Guid.NewGuid().ToString();
        var source = new ManagedIdentityConnectorTokenSource(Options(clientId));

        var token = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal(FakeManagedIdentityEndpoint.TokenFor(clientId, BotFrameworkResource), token);
        var request = Assert.Single(_endpoint.Requests);
        Assert.Equal(new RecordedIdentityRequest(_endpoint.Header, "2019-08-01", BotFrameworkResource, clientId), request);
    }

    [Fact]
    public async Task GetTokenAsync_CalledTwice_SecondTokenComesFromCache()
    {
        var clientId = Guid.NewGuid().ToString();
        var source = new ManagedIdentityConnectorTokenSource(Options(clientId));

        var first = await source.GetTokenAsync(CancellationToken.None);
        var second = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_endpoint.Requests);
    }

    [Fact]
    public async Task GetTokenAsync_EndpointRefuses_FailsWithMsalError()
    {
        _endpoint.Status = HttpStatusCode.BadRequest;
        var source = new ManagedIdentityConnectorTokenSource(Options(Guid.NewGuid().ToString()));

        await Assert.ThrowsAnyAsync<MsalServiceException>(() => source.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddBotFramework_UserAssignedMsiWithoutSecret_StartsAndTakesTokensFromTheIdentity()
    {
        var clientId = Guid.NewGuid().ToString();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:AppId"] = clientId,
                ["Bot:AppType"] = "UserAssignedMSI",
                ["Bot:TenantId"] = "b7a1c2d3-0000-4000-8000-000000000001",
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddBotFramework(configuration);
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var token = await provider.GetRequiredService<IConnectorTokenSource>().GetTokenAsync(CancellationToken.None);

        Assert.True(string.IsNullOrEmpty(options.AppSecret));
        Assert.Equal(FakeManagedIdentityEndpoint.TokenFor(clientId, BotFrameworkResource), token);
    }

    private static IOptions<BotFrameworkOptions> Options(string clientId) =>
        Microsoft.Extensions.Options.Options.Create(new BotFrameworkOptions { AppId = clientId, AppType = BotAppType.UserAssignedMSI });
}
