using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StrategyBot.Testing;

/// <summary>
/// Channel tokens shaped like the ones Azure Bot Service sends (iss api.botframework.com, aud = app id, a
/// <c>serviceurl</c> claim), signed with keys an <see cref="OpenIdMetadataServer"/> publishes, plus deliberately
/// broken ones. Tokens use the real clock because JwtBearer validates lifetimes against it.
/// </summary>
public static class TestTokens
{
    /// <summary>The app id the test bot is configured with.</summary>
    public const string AppId = "6f1f8f0e-2b5c-4d3a-9a7e-3c2d1b0a9f8e";

    /// <summary>The secret the test bot is configured with (never sent anywhere; the token source is faked).</summary>
    public const string AppSecret = "test-secret-not-used";

    /// <summary>The Bot Framework issuer.</summary>
    public const string Issuer = "https://api.botframework.com";

    /// <summary>The claim naming the vouched service URL.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>A published key endorsed for Teams.</summary>
    public static TestSigningKey TeamsKey { get; } = new("teams-key", "msteams", "emulator");

    /// <summary>A published key endorsed only for another channel.</summary>
    public static TestSigningKey WebChatKey { get; } = new("webchat-key", "webchat");

    /// <summary>A published key with no endorsements at all.</summary>
    public static TestSigningKey BareKey { get; } = new("bare-key");

    /// <summary>An unpublished key that claims the Teams key's id: its signatures do not verify.</summary>
    public static TestSigningKey ImpostorKey { get; } = new(TeamsKey.KeyId, "msteams");

    /// <summary>An unpublished key with an id the JWKS does not contain.</summary>
    public static TestSigningKey UnknownKey { get; } = new("unknown-key", "msteams");

    /// <summary>The keys an <see cref="OpenIdMetadataServer"/> publishes by default.</summary>
    public static IReadOnlyList<TestSigningKey> PublishedKeys { get; } = [TeamsKey, WebChatKey, BareKey];

    /// <summary>Creates a signed channel token; every part can be overridden to build a broken one.</summary>
    public static string CreateChannelToken(
        string? serviceUrl = Activities.ServiceUrl,
        string audience = AppId,
        string issuer = Issuer,
        TestSigningKey? key = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        TimeProvider? time = null)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var validFrom = notBefore ?? now.AddMinutes(-1);
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims[ServiceUrlClaim] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = validFrom.UtcDateTime,
            NotBefore = validFrom.UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials((key ?? TeamsKey).SecurityKey, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A token with <c>alg: none</c> and no signature, naming a published key id.</summary>
    public static string CreateUnsignedToken(string? serviceUrl = Activities.ServiceUrl, TimeProvider? time = null)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = TeamsKey.KeyId };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = AppId,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
            [ServiceUrlClaim] = serviceUrl,
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    /// <summary>A token signed with a shared secret (HS256), like the dummy one some SDK test modes send.</summary>
    public static string CreateSymmetricToken(string? serviceUrl = Activities.ServiceUrl)
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-that-is-long-enough-for-hs256")) { KeyId = TeamsKey.KeyId };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            Claims = new Dictionary<string, object> { [ServiceUrlClaim] = serviceUrl ?? string.Empty },
            SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(json.ToJsonString());
}
