namespace StrategyBot.BotFramework.Protocol;

/// <summary>Names used by the bot's inbound authentication.</summary>
public static class BotAuthenticationDefaults
{
    /// <summary>The JwtBearer scheme that validates Bot Framework channel tokens. It is never a default scheme.</summary>
    public const string AuthenticationScheme = "BotFrameworkChannel";

    /// <summary>The token claim holding the service URL the channel vouches for (lower-case in the token).</summary>
    public const string ServiceUrlClaim = "serviceurl";
}
