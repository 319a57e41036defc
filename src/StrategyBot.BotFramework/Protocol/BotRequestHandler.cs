using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The messaging endpoint: size limit, authentication, parsing, activity checks, dedupe, then the turn. Bad input
/// answers 400/401/413, never 500; an unhandled bot failure is the only path to 500 (docs/bot-protocol.md#inbound-authentication,
/// docs/bot-protocol.md#acknowledgement-and-redelivery).
/// </summary>
internal sealed class BotRequestHandler(
    BotRequestAuthenticator authenticator,
    RecentActivityFilter recentActivities,
    TurnRunner turns,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotRequestHandler> logger)
{
    private const string AdaptiveCardActionName = "adaptiveCard/action";

    public async Task HandleAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        try
        {
            var status = await ProcessAsync(httpContext, cancellationToken);
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.StatusCode = status;
            }
        }
        catch (BadHttpRequestException exception)
        {
            FrameworkLog.RequestUnreadable(logger, exception.StatusCode, exception.Message);
            httpContext.Response.StatusCode = exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? StatusCodes.Status413PayloadTooLarge
                : StatusCodes.Status400BadRequest;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            FrameworkLog.RequestAborted(logger);
        }
    }

    private async Task<int> ProcessAsync(HttpContext httpContext, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (httpContext.Request.ContentLength > limit)
        {
            FrameworkLog.RequestBodyTooLarge(logger, limit);
            return StatusCodes.Status413PayloadTooLarge;
        }

        if (await authenticator.AuthenticateAsync(httpContext) is not { } caller)
        {
            return Unauthorized(httpContext);
        }

        var body = await RequestBody.ReadAsync(httpContext, limit, cancellationToken);
        if (body is null)
        {
            FrameworkLog.RequestBodyTooLarge(logger, limit);
            return StatusCodes.Status413PayloadTooLarge;
        }

        if (!ProtocolJson.TryReadActivity(body, out var activity, out var error))
        {
            FrameworkLog.MalformedActivity(logger, error);
            return StatusCodes.Status400BadRequest;
        }

        if (ActivityLimits.FindViolation(activity) is { } violation)
        {
            // Refused before any turn, so an id no real channel sends never reaches storage (where it failed the turn).
            FrameworkLog.MalformedActivity(logger, violation);
            return StatusCodes.Status400BadRequest;
        }

        if (!await authenticator.AuthorizeActivityAsync(caller, activity, cancellationToken))
        {
            return Unauthorized(httpContext);
        }

        if (!IsHandledType(activity.Type))
        {
            // Teams adds event types over time; unknown ones are acknowledged and ignored (conversation events doc).
            FrameworkLog.ActivityIgnored(logger, activity.Type);
            return StatusCodes.Status200OK;
        }

        if (!recentActivities.TryBegin(activity))
        {
            FrameworkLog.DuplicateActivity(logger, activity.Type, activity.Id);
            return StatusCodes.Status200OK;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return await RunInvokeAsync(httpContext, activity, cancellationToken);
        }

        return await turns.RunAsync(activity, cancellationToken)
            ? StatusCodes.Status200OK
            : StatusCodes.Status500InternalServerError;
    }

    private async Task<int> RunInvokeAsync(HttpContext httpContext, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Name == AdaptiveCardActionName && !IsWellFormedCardAction(activity.Value))
        {
            // Card data is user-controlled: a bot reading value.action.verb must never meet the wrong JSON kind.
            FrameworkLog.MalformedActivity(logger, "adaptiveCard/action value is not {\"action\":{\"verb\":string,\"data\":object}}");
            await WriteInvokeResponseAsync(
                httpContext, InvokeResponse.Error(StatusCodes.Status400BadRequest, "BadRequest", "The card action is malformed."), cancellationToken);
            return StatusCodes.Status200OK;
        }

        var (succeeded, response) = await turns.RunInvokeAsync(activity, cancellationToken);
        if (!succeeded)
        {
            return StatusCodes.Status500InternalServerError;
        }

        if (response is not null)
        {
            await WriteInvokeResponseAsync(httpContext, response, cancellationToken);
        }

        return StatusCodes.Status200OK;
    }

    private static async Task WriteInvokeResponseAsync(HttpContext httpContext, InvokeResponse response, CancellationToken cancellationToken)
    {
        // Teams wants HTTP 200 with the real status inside the body (Universal Actions, docs/bot-protocol.md#universal-actions).
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(
            httpContext.Response.Body, response, ProtocolJsonContext.Default.InvokeResponse, cancellationToken);
    }

    // Action.Execute arrives as value = {"action":{"type","id","verb","data"},"trigger"} (docs/bot-protocol.md#universal-actions).
    private static bool IsWellFormedCardAction(JsonNode? value) =>
        value is JsonObject invoke
        && invoke["action"] is JsonObject action
        && IsStringOrAbsent(action["verb"])
        && IsStringOrAbsent(action["type"])
        && action["data"] is null or JsonObject;

    private static bool IsStringOrAbsent(JsonNode? node) =>
        node is null || (node is JsonValue value && value.GetValueKind() == JsonValueKind.String);

    private static bool IsHandledType(string? type) => type is ActivityTypes.Message
        or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke;

    private static int Unauthorized(HttpContext httpContext)
    {
        httpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return StatusCodes.Status401Unauthorized;
    }
}
