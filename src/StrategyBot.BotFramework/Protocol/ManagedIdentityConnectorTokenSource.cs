using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Connector tokens from the host's user-assigned managed identity (Azure Bot app type UserAssignedMSI), through MSAL:
/// it finds the endpoint the host offers (App Service's IDENTITY_ENDPOINT and IDENTITY_HEADER, else IMDS) and caches
/// the token until it nears expiry. No secret is involved.
/// </summary>
internal sealed class ManagedIdentityConnectorTokenSource : IConnectorTokenSource
{
    private const string DefaultScopeSuffix = "/.default";

    private readonly Lazy<IManagedIdentityApplication> _application;
    private readonly string _resource;

    public ManagedIdentityConnectorTokenSource(IOptions<BotFrameworkOptions> options)
    {
        var bot = options.Value;

        // Managed identity endpoints take a resource, not a scope: https://api.botframework.com/.default names the
        // resource https://api.botframework.com.
        _resource = bot.OAuthScope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal)
            ? bot.OAuthScope[..^DefaultScopeSuffix.Length]
            : bot.OAuthScope;
        _application = new Lazy<IManagedIdentityApplication>(() => ManagedIdentityApplicationBuilder
            .Create(ManagedIdentityId.WithUserAssignedClientId(bot.AppId))
            .Build());
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.Value.AcquireTokenForManagedIdentity(_resource).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
