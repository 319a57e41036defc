using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The channels each signing key is endorsed for, read from the <c>endorsements</c> array of the JWKS entries.
/// It uses JwtBearer's own ConfigurationManager, so the endorsements are the ones of the very key set that verified
/// the signature and are refreshed on the same schedule (botbuilder's EndorsementsRetriever, docs/bot-protocol.md#inbound-authentication).
/// </summary>
internal sealed class SigningKeyEndorsements(IOptionsMonitor<JwtBearerOptions> jwtOptions)
{
    /// <summary>The endorsements of key <paramref name="keyId"/>; empty when the key is unknown or has none.</summary>
    public async Task<IReadOnlyList<string>> GetAsync(string keyId, CancellationToken cancellationToken)
    {
        var manager = jwtOptions.Get(BotAuthenticationDefaults.AuthenticationScheme).ConfigurationManager
            ?? throw new InvalidOperationException("The bot's JwtBearer scheme has no configuration manager.");
        var configuration = await manager.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
        return key is null ? [] : ReadEndorsements(key);
    }

    private static string[] ReadEndorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.String)
                .Select(item => item.GetString()!)],
            IEnumerable<object> items => [.. items.OfType<string>()],
            _ => [],
        };
    }
}
