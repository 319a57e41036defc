using System.Globalization;
using System.Text.Json;
using Azure;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>
/// GET /api/export/{token}: the download behind the export card's button. No sign-in: the token is the credential
/// (see <see cref="ExportLinks"/>). Every failure is the same 404, so a caller learns nothing about other tokens.
/// </summary>
internal static class ExportEndpoint
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IEndpointConventionBuilder MapPrivacyExport(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints
            .MapGet(ExportLinks.RoutePrefix + "{token}", (RequestDelegate)HandleAsync)
            .WithDisplayName("Privacy export download");
    }

    private static async Task HandleAsync(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        var logger = services.GetRequiredService<ILogger<ExportLinks>>();
        var response = httpContext.Response;

        // Personal data: never cached, never sniffed into HTML, never leaked onwards through a Referer.
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

        var token = httpContext.Request.RouteValues["token"] as string;
        if (!services.GetRequiredService<ExportLinks>().TryReadToken(token, out var scope))
        {
            Log.ExportLinkRefused(logger);
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var cancellationToken = httpContext.RequestAborted;
        UserData data;
        try
        {
            var state = await services.GetRequiredService<IStateStore>().LoadAsync(scope, cancellationToken);
            data = await services.GetRequiredService<UserDataCollector>().CollectAsync(state, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            Log.ExportStorageFailed(logger, ex);
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (data.IsEmpty)
        {
            // Deleted since the link was made: the link dies with the data.
            Log.ExportLinkRefused(logger);
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var fileName = "strategybot-data-" + data.CollectedAt.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + ".json";
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        var rows = data.Tables.Sum(t => t.Rows.Count);
        Log.ExportServed(logger, data.Documents.Count, rows);
        await JsonSerializer.SerializeAsync(response.Body, data.ToJson(), Indented, cancellationToken);
    }
}
