using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace StrategyBot.Testing;

/// <summary>An RSA signing key with a key id and the channels it is endorsed for, as the Bot Framework JWKS publishes them.</summary>
public sealed class TestSigningKey
{
    /// <summary>Creates a fresh 2048-bit key.</summary>
    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        var rsa = RSA.Create(2048);
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = keyId };
        Parameters = rsa.ExportParameters(includePrivateParameters: false);
    }

    /// <summary>The <c>kid</c>.</summary>
    public string KeyId { get; }

    /// <summary>The channels the key is endorsed for; empty means the JWKS entry has no <c>endorsements</c> field.</summary>
    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>The private key, for signing test tokens.</summary>
    public RsaSecurityKey SecurityKey { get; }

    private RSAParameters Parameters { get; }

    /// <summary>The public JWKS entry, with <c>endorsements</c> when there are any.</summary>
    public JsonObject ToJwk()
    {
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(Parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(Parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }
}
