using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace StrategyBot.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 (free port) serving Bot Framework-style OpenID metadata and a JWKS whose entries
/// carry <c>endorsements</c>, so tests exercise JwtBearer's own metadata fetching. Usable as an xUnit fixture.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncLifetime, IAsyncDisposable
{
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private readonly IReadOnlyList<TestSigningKey> _keys;
    private WebApplication? _app;
    private int _metadataRequests;
    private int _keyRequests;

    /// <summary>Publishes <see cref="TestTokens.PublishedKeys"/>.</summary>
    public OpenIdMetadataServer()
        : this(TestTokens.PublishedKeys)
    {
    }

    private OpenIdMetadataServer(IReadOnlyList<TestSigningKey> keys) => _keys = keys;

    /// <summary>A server publishing <paramref name="keys"/>; call <see cref="InitializeAsync"/> to start it.</summary>
    public static OpenIdMetadataServer Publishing(IReadOnlyList<TestSigningKey> keys) => new(keys);

    /// <summary>The metadata URL to configure as <c>Bot:OpenIdMetadataUrl</c>.</summary>
    public string MetadataUrl { get; private set; } = string.Empty;

    /// <summary>How often the metadata document was fetched.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>How often the JWKS was fetched.</summary>
    public int KeyRequests => Volatile.Read(ref _keyRequests);

    /// <summary>Starts the server.</summary>
    public async Task InitializeAsync()
    {
        _app = LoopbackWebServer.Create();
        _app.MapGet(MetadataPath, (HttpContext context) =>
        {
            Interlocked.Increment(ref _metadataRequests);
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Text(Metadata(origin).ToJsonString(), "application/json");
        });
        _app.MapGet(KeysPath, () =>
        {
            Interlocked.Increment(ref _keyRequests);
            var keys = new JsonObject { ["keys"] = new JsonArray([.. _keys.Select(key => key.ToJwk())]) };
            return Results.Text(keys.ToJsonString(), "application/json");
        });
        await _app.StartAsync();
        MetadataUrl = LoopbackWebServer.Address(_app) + MetadataPath;
    }

    /// <summary>Stops the server.</summary>
    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private static JsonObject Metadata(string origin) => new()
    {
        ["issuer"] = TestTokens.Issuer,
        ["authorization_endpoint"] = "https://invalid.botframework.com/v1/auth",
        ["jwks_uri"] = origin + KeysPath,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };
}
