namespace StrategyBot.BotFramework.Protocol;

/// <summary>Who sent a request that passed the header checks: either a validated channel token or an anonymous loopback caller.</summary>
internal sealed class ChannelCaller
{
    /// <summary>The HttpContext item key under which JwtBearer leaves the signing key id.</summary>
    public static readonly object SigningKeyIdItem = new();

    private ChannelCaller(bool isAnonymous, string? serviceUrlClaim, string? signingKeyId, string? issuer)
    {
        IsAnonymous = isAnonymous;
        ServiceUrlClaim = serviceUrlClaim;
        SigningKeyId = signingKeyId;
        Issuer = issuer;
    }

    /// <summary>The token's issuer.</summary>
    public string? Issuer { get; }

    /// <summary>True for an anonymous loopback caller in Development with no app id.</summary>
    public bool IsAnonymous { get; }

    /// <summary>The token's <c>serviceurl</c> claim.</summary>
    public string? ServiceUrlClaim { get; }

    /// <summary>The id of the key that signed the token.</summary>
    public string? SigningKeyId { get; }

    public static ChannelCaller Anonymous { get; } = new(isAnonymous: true, serviceUrlClaim: null, signingKeyId: null, issuer: null);

    public static ChannelCaller Authenticated(string? serviceUrlClaim, string? signingKeyId, string? issuer) =>
        new(isAnonymous: false, serviceUrlClaim, signingKeyId, issuer);
}
