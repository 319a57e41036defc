using System.Net;
using System.Net.Http.Headers;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// PUTs a file to the upload URL of an accepted file consent (docs/bot-protocol.md#file-consent). The URL is a
/// pre-authorised OneDrive session, so the request carries no bot token: this client has none of the connector's
/// handlers, follows no redirect, and outside Development accepts only https (SECURITY.md, "Plan document uploads").
/// The URL comes only from the authenticated invoke, never from a message or card data.
/// </summary>
internal sealed class PlanFileUploader(IHttpClientFactory clients, IHostEnvironment environment, ILogger<PlanFileUploader> logger)
{
    public const string ClientName = "StrategyBot.PlanUpload";

    public bool IsAllowed(string? uploadUrl) =>
        Uri.TryCreate(uploadUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback && environment.IsDevelopment()))
        && string.IsNullOrEmpty(uri.UserInfo);

    public async Task<bool> UploadAsync(string uploadUrl, PlanFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!IsAllowed(uploadUrl))
        {
            Log.PlanUploadRefused(logger);
            return false;
        }

        using var content = new ByteArrayContent(file.Bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, file.Bytes.Length - 1, file.Bytes.Length);
        using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = content };
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted)
            {
                Log.PlanUploaded(logger, file.Bytes.Length);
                return true;
            }

            Log.PlanUploadFailed(logger, (int)response.StatusCode, null);
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.PlanUploadFailed(logger, 0, ex);
            return false;
        }
    }
}
