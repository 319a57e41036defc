using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>Says at startup how callers will be authenticated, loudly when anonymous requests are possible.</summary>
internal sealed class BotFrameworkStartupLog(
    BotAuthenticationMode mode,
    IOptions<BotFrameworkOptions> options,
    IServiceProviderIsService services,
    ILogger<BotFrameworkStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (!services.IsService(typeof(IBot)))
        {
            FrameworkLog.NoBotRegistered(logger);
        }

        if (mode.AllowsAnonymousLoopback)
        {
            FrameworkLog.AnonymousModeEnabled(logger);
        }
        else if (mode.RefusesEverything)
        {
            FrameworkLog.AppIdMissingOutsideDevelopment(logger);
        }
        else
        {
            var authority = bot.AppType == BotAppType.UserAssignedMSI ? "the host's managed identity" : MsalConnectorTokenSource.Authority(bot);
            FrameworkLog.AuthenticatedModeEnabled(logger, bot.OpenIdMetadataUrl, bot.AppId, bot.AppType, authority);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
