using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Decides once how callers are authenticated. Anonymous requests are possible only when no app id is configured
/// AND the environment is Development; even then the endpoint also requires a loopback caller.
/// </summary>
internal sealed class BotAuthenticationMode(IOptions<BotFrameworkOptions> options, IHostEnvironment environment)
{
    /// <summary>True when anonymous loopback callers (the Agents Playground, which sends no token) are accepted.</summary>
    public bool AllowsAnonymousLoopback { get; } = options.Value.HasNoCredentials && environment.IsDevelopment();

    /// <summary>True when there is no app id outside Development: every request is refused.</summary>
    public bool RefusesEverything { get; } = options.Value.HasNoCredentials && !environment.IsDevelopment();

    /// <summary>
    /// True in Development, where a service URL may be plain http or name this machine (a local emulator or tunnel);
    /// everywhere else it must be https and a public host (see <see cref="TrustedServiceUrls"/>).
    /// </summary>
    public bool RelaxesServiceUrlRules { get; } = environment.IsDevelopment();

    /// <summary>True when inbound tokens are validated and outbound calls carry a token.</summary>
    public bool UsesTokens => !options.Value.HasNoCredentials;
}
