using Azure;
using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// GET /api/plan-document/{docx|md}/{en|fa}/{token}: the download behind the plan links. The token is the data
/// export's kind (<see cref="ExportLinks"/>), made for the "plan" purpose only, so a data export link opens no plan
/// and the other way round. Every failure is the same 404.
/// </summary>
internal static class PlanDocumentEndpoint
{
    public const string RoutePrefix = "/api/plan-document/";
    public const string Purpose = "plan";

    public static IEndpointConventionBuilder MapPlanDocument(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints
            .MapGet(RoutePrefix + "{format}/{language}/{token}", (RequestDelegate)HandleAsync)
            .WithDisplayName("Plan document download");
    }

    /// <summary>A fresh link to the plan document in one format and language, or null when the bot knows no public address.</summary>
    public static Uri? CreateUrl(ExportLinks links, StateScope scope, PlanDocumentFormat format, Language language)
    {
        ArgumentNullException.ThrowIfNull(links);
        var prefix = RoutePrefix + Extension(format) + "/" + Languages.Code(language) + "/";
        return links.CreateUrl(scope, prefix, Purpose, suffix: "");
    }

    private static string Extension(PlanDocumentFormat format) => format == PlanDocumentFormat.Markdown ? "md" : "docx";

    private static async Task HandleAsync(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        var logger = services.GetRequiredService<ILogger<PlanDocuments>>();
        var response = httpContext.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

        var values = httpContext.Request.RouteValues;
        PlanDocumentFormat? format = (values["format"] as string) switch { "docx" => PlanDocumentFormat.Word, "md" => PlanDocumentFormat.Markdown, _ => null };
        var language = values["language"] as string is { } code && Languages.TryParse(code, out var parsed) ? parsed : (Language?)null;
        if (format is null || language is null
            || !services.GetRequiredService<ExportLinks>().TryReadToken(values["token"] as string, out var scope, Purpose))
        {
            Log.PlanLinkRefused(logger);
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var cancellationToken = httpContext.RequestAborted;
        PlanFile? file;
        try
        {
            var state = await services.GetRequiredService<IStateStore>().LoadAsync(scope, cancellationToken);
            file = await services.GetRequiredService<PlanDocuments>().CreateAsync(state, language.Value, format.Value, cancellationToken);
        }
        catch (RequestFailedException)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (file is null)
        {
            // Deleted since the link was made: the link dies with the plan.
            Log.PlanLinkRefused(logger);
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = file.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
        await response.Body.WriteAsync(file.Bytes, cancellationToken);
    }
}
