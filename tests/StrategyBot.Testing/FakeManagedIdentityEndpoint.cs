using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace StrategyBot.Testing;

/// <summary>
/// App Service's managed identity endpoint, played by a real HTTP server on 127.0.0.1: it answers like the platform's
/// token service (api-version 2019-08-01) when the X-IDENTITY-HEADER secret matches, and records every request.
/// </summary>
public sealed class FakeManagedIdentityEndpoint : IAsyncDisposable
{
    /// <summary>The token path, as App Service serves it.</summary>
    public const string Path = "/msi/token";

    private readonly WebApplication _app;

    private FakeManagedIdentityEndpoint(WebApplication app) => _app = app;

    /// <summary>The value of IDENTITY_HEADER that requests must carry.</summary>
    public string Header { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The value of IDENTITY_ENDPOINT.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>What to answer: a token by default; tests may set a status code to refuse.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>Every token request, in order.</summary>
    public ConcurrentQueue<RecordedIdentityRequest> Requests { get; } = new();

    /// <summary>The access token served to <paramref name="clientId"/> for <paramref name="resource"/>.</summary>
    public static string TokenFor(string clientId, string resource) => $"token-for-{clientId}-{resource}";

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<FakeManagedIdentityEndpoint> StartAsync()
    {
        var endpoint = new FakeManagedIdentityEndpoint(LoopbackWebServer.Create());
        endpoint._app.MapGet(Path, endpoint.Answer);
        await endpoint._app.StartAsync();
        endpoint.Endpoint = LoopbackWebServer.Address(endpoint._app) + Path;
        return endpoint;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Answer(HttpContext context)
    {
        var query = context.Request.Query;
        var request = new RecordedIdentityRequest(
            context.Request.Headers["X-IDENTITY-HEADER"].ToString(),
            query["api-version"].ToString(),
            query["resource"].ToString(),
            query["client_id"].ToString());
        Requests.Enqueue(request);
        if (request.Header != Header)
        {
            return Results.Json(new JsonObject { ["error"] = "invalid_request", ["error_description"] = "X-IDENTITY-HEADER is wrong." }, statusCode: 401);
        }

        if (Status != HttpStatusCode.OK)
        {
            return Results.Json(new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Refused by the test." }, statusCode: (int)Status);
        }

        var expiresOn = DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds();
        return Results.Json(new JsonObject
        {
            ["access_token"] = TokenFor(request.ClientId, request.Resource),
            ["expires_on"] = expiresOn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["resource"] = request.Resource,
            ["token_type"] = "Bearer",
            ["client_id"] = request.ClientId,
        });
    }
}
