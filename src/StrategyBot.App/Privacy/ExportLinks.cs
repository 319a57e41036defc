using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>
/// Download links for "export my data". Teams cannot take an arbitrary file from a bot in a 1:1 chat without the
/// file-consent flow, and renders no data: URIs, so the card opens a link to the bot itself. The token is the user's
/// scope, an expiry and 256 random bits, encrypted and signed with ASP.NET Core Data Protection: unguessable, bound
/// to one user, useless after the expiry, and readable by every instance that shares the key ring (App Service
/// shares it by default), so no link table is needed. The file is built when the link is opened, so a link opened
/// after "delete my data" finds nothing.
/// </summary>
internal sealed class ExportLinks
{
    public const string RoutePrefix = "/api/export/";

    private const int MaxTokenLength = 4096;
    private const string ScopeField = "s";
    private const string ExpiresField = "e";
    private const string NonceField = "n";
    private const string PurposeField = "p";

    /// <summary>The purpose of the data export's links; a token made for one purpose opens nothing else.</summary>
    public const string DataPurpose = "data";

    private readonly IDataProtector _protector;
    private readonly TimeProvider _time;
    private readonly PrivacyOptions _options;
    private readonly IServer? _server;

    public ExportLinks(IDataProtectionProvider protection, TimeProvider time, IOptions<PrivacyOptions> options, IServer? server = null)
    {
        _protector = protection.CreateProtector("StrategyBot.Privacy.ExportLink.v1");
        _time = time;
        _options = options.Value;
        _server = server;
    }

    public TimeSpan Lifetime => _options.ExportLinkLifetime;

    /// <summary>A fresh link for <paramref name="scope"/>, or null when the bot does not know its public address.</summary>
    public Uri? CreateUrl(StateScope scope) => CreateUrl(scope, RoutePrefix, DataPurpose, suffix: "");

    /// <summary>A fresh link under another route (the plan document's), whose token serves only <paramref name="purpose"/>.</summary>
    public Uri? CreateUrl(StateScope scope, string routePrefix, string purpose, string suffix)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return BaseUrl() is { } baseUrl ? new Uri(baseUrl, routePrefix.TrimStart('/') + CreateToken(scope, purpose) + suffix) : null;
    }

    public string CreateToken(StateScope scope, string purpose = DataPurpose)
    {
        var payload = new JsonObject
        {
            [ScopeField] = scope.Key,
            [ExpiresField] = (_time.GetUtcNow() + Lifetime).ToUnixTimeMilliseconds(),
            [NonceField] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        if (purpose != DataPurpose)
        {
            // The data export's tokens carry no purpose field, so links made before there were purposes still work.
            payload[PurposeField] = purpose;
        }

        var sealedBytes = _protector.Protect(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>The scope a token was made for; false for a forged, altered, foreign or expired token.</summary>
    public bool TryReadToken(string? token, [NotNullWhen(true)] out StateScope? scope, string purpose = DataPurpose)
    {
        scope = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !Base64Url.IsValid(token))
        {
            return false;
        }

        JsonObject? payload;
        try
        {
            payload = JsonNode.Parse(_protector.Unprotect(Base64Url.DecodeFromChars(token))) as JsonObject;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException)
        {
            return false;
        }

        if (payload?[ScopeField] is not JsonValue scopeValue || !scopeValue.TryGetValue(out string? readScope)
            || payload[ExpiresField] is not JsonValue expiresValue || !expiresValue.TryGetValue(out long expires)
            || _time.GetUtcNow().ToUnixTimeMilliseconds() >= expires
            || string.IsNullOrWhiteSpace(readScope)
            || PurposeOf(payload) != purpose)
        {
            return false;
        }

        try
        {
            scope = StateScope.Parse(readScope);
            return true;
        }
        catch (FormatException)
        {
            // Sealed by this app's key, so never seen in practice; a token is still no reason to fail a request.
            return false;
        }
    }

    private static string? PurposeOf(JsonObject payload) =>
        payload[PurposeField] is null ? DataPurpose
        : payload[PurposeField] is JsonValue value && value.TryGetValue(out string? purpose) ? purpose
        : null;

    private Uri? BaseUrl()
    {
        if (_options.PublicBaseUrl is { } configured)
        {
            return configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
        }

        // A local run (the Playground on this machine) can use the address the bot listens on; a wildcard such as
        // http://+:8080 behind a proxy names no host a browser can reach, so production must configure the setting.
        var listening = _server?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return listening
            .Select(address => Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri is not null && uri.IsLoopback) is { } local
            ? new Uri(local.GetLeftPart(UriPartial.Authority) + "/")
            : null;
    }
}
