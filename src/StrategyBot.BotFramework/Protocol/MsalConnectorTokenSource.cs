using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Client-credentials tokens from MSAL: one ConfidentialClientApplication for the app's lifetime, whose in-memory
/// token cache returns the token until it nears expiry (MSAL client credential flows, docs/bot-protocol.md#outbound-authentication).
/// </summary>
internal sealed class MsalConnectorTokenSource : IConnectorTokenSource
{
    private readonly Lazy<IConfidentialClientApplication> _application;
    private readonly string[] _scopes;

    public MsalConnectorTokenSource(IOptions<BotFrameworkOptions> options)
    {
        var bot = options.Value;
        _scopes = [bot.OAuthScope];
        _application = new Lazy<IConfidentialClientApplication>(() => ConfidentialClientApplicationBuilder
            .Create(bot.AppId)
            .WithClientSecret(bot.AppSecret)
            .WithAuthority(Authority(bot))
            .Build());
    }

    /// <summary>The token authority: the botframework.com tenant for multi-tenant bots, the bot's own for single-tenant.</summary>
    public static string Authority(BotFrameworkOptions options)
    {
        var tenant = options.AppType == BotAppType.SingleTenant ? options.TenantId : "botframework.com";
        return $"{options.AuthorityHost.TrimEnd('/')}/{tenant}";
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.Value.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
