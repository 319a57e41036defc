using System.ComponentModel.DataAnnotations;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>Settings of the <c>Bot</c> configuration section. Public-cloud defaults; validated at startup.</summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Bot";

    /// <summary>The Teams service URL prefixes trusted without an inbound activity vouching for them (docs/bot-protocol.md#service-url).</summary>
    public static readonly IReadOnlyList<string> DefaultTrustedServiceUrls =
    [
        "https://smba.trafficmanager.net/",
        "https://smba.infra.gcc.teams.microsoft.com/",
        "https://smba.infra.gov.teams.microsoft.us/",
    ];

    /// <summary>The Microsoft App ID of the Azure Bot. Empty only for local development with the Playground.</summary>
    public string? AppId { get; set; }

    /// <summary>Multi- or single-tenant app registration.</summary>
    public BotAppType AppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>The Entra tenant of a single-tenant bot.</summary>
    public string? TenantId { get; set; }

    /// <summary>The client secret of the app registration; from user-secrets or the environment, never appsettings.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The OpenID metadata that publishes the channel's signing keys.</summary>
    [Required(ErrorMessage = "Bot:OpenIdMetadataUrl is required; the public-cloud value is https://login.botframework.com/v1/.well-known/openidconfiguration.")]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The only issuer accepted on inbound channel tokens.</summary>
    [Required(ErrorMessage = "Bot:TokenIssuer is required; the public-cloud value is https://api.botframework.com.")]
    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The authority host for outbound client-credential tokens.</summary>
    [Required(ErrorMessage = "Bot:AuthorityHost is required; the public-cloud value is https://login.microsoftonline.com.")]
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The scope of outbound tokens.</summary>
    [Required(ErrorMessage = "Bot:OAuthScope is required; the public-cloud value is https://api.botframework.com/.default.")]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// Service URL prefixes that may receive the bot's token without being vouched for by a signed activity.
    /// Configured entries are added to <see cref="DefaultTrustedServiceUrls"/>.
    /// </summary>
    public IList<string> TrustedServiceUrls { get; set; } = [.. DefaultTrustedServiceUrls];

    /// <summary>
    /// Strict mode: only service URLs under <see cref="TrustedServiceUrls"/> are accepted, even when a channel token
    /// vouches for another one.
    /// </summary>
    public bool RestrictServiceUrls { get; set; }

    /// <summary>The largest request body the endpoint reads; larger ones get 413.</summary>
    [Range(4096, 16 * 1024 * 1024, ErrorMessage = "Bot:MaxRequestBodyBytes must be between 4096 and 16777216 (default 262144).")]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long a saved non-invoke turn may hold the request while its replies are sent; the rest go out in the background.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:14",
        ErrorMessage = "Bot:TurnAckTimeout must be between 00:00:01 and 00:00:14, below Teams' 15 s redelivery deadline (default 00:00:10).")]
    public TimeSpan TurnAckTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a failed connector call (429, 412 and 5xx), after the first attempt.</summary>
    [Range(0, 10, ErrorMessage = "Bot:MaxRetryAttempts must be between 0 and 10 (default 4).")]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The longest wait between connector retries; a longer Retry-After makes the call fail instead.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00",
        ErrorMessage = "Bot:MaxRetryDelay must be between 00:00:01 and 00:05:00 (default 00:00:30).")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when no app id is configured: inbound tokens cannot be checked and outbound calls carry none.</summary>
    public bool HasNoCredentials => string.IsNullOrWhiteSpace(AppId);
}
