using Azure.Core;
using Azure.Identity;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Deployment;

/// <summary>
/// Storage:ServiceUri authenticates with a DefaultAzureCredential built without options (StorageClientFactory). In
/// App Service, infra/main.bicep sets AZURE_CLIENT_ID to the user-assigned identity's client id; this pins that the
/// credential then asks the platform's identity endpoint for exactly that identity, which is what the Storage Table
/// Data Contributor role is granted to. The endpoint is a fake on loopback, found as MSAL finds App Service's.
/// </summary>
[Collection(ManagedIdentityEnvironment.Name)]
public sealed class StorageManagedIdentityTests : IAsyncLifetime
{
    private static readonly string[] _variables = ["IDENTITY_ENDPOINT", "IDENTITY_HEADER", "AZURE_CLIENT_ID"];

    private FakeManagedIdentityEndpoint _endpoint = null!;

    public async Task InitializeAsync() => _endpoint = await FakeManagedIdentityEndpoint.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var variable in _variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        await _endpoint.DisposeAsync();
    }

    [Fact]
    public async Task DefaultAzureCredential_AzureClientIdSet_GetsStorageTokenForThatUserAssignedIdentity()
    {
        var clientId = Guid.NewGuid().ToString();
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _endpoint.Endpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", _endpoint.Header);
        Environment.SetEnvironmentVariable("AZURE_CLIENT_ID", clientId);
        var credential = new DefaultAzureCredential();

        var token = await credential.GetTokenAsync(new TokenRequestContext(["https://storage.azure.com/.default"]), CancellationToken.None);

        Assert.Equal(FakeManagedIdentityEndpoint.TokenFor(clientId, "https://storage.azure.com"), token.Token);
        var request = Assert.Single(_endpoint.Requests);
        Assert.Equal(clientId, request.ClientId);
        Assert.Equal(_endpoint.Header, request.Header);
    }
}
