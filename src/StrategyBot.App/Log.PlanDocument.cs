using Microsoft.Extensions.Logging;

namespace StrategyBot.App;

internal static partial class Log
{
    [LoggerMessage(EventId = 7500, Level = LogLevel.Information, Message = "Plan document offered as {Format} ({Bytes} bytes) by {Delivery}")]
    public static partial void PlanDocumentOffered(ILogger logger, PlanDocument.PlanDocumentFormat format, int bytes, string delivery);

    [LoggerMessage(EventId = 7501, Level = LogLevel.Information, Message = "Plan document uploaded to the consented OneDrive URL ({Bytes} bytes)")]
    public static partial void PlanUploaded(ILogger logger, int bytes);

    [LoggerMessage(EventId = 7502, Level = LogLevel.Warning, Message = "Plan document upload failed (HTTP {StatusCode}); a download link was offered instead")]
    public static partial void PlanUploadFailed(ILogger logger, int statusCode, Exception? exception);

    [LoggerMessage(EventId = 7503, Level = LogLevel.Warning, Message = "Refused to upload the plan document: the upload URL is not https (or loopback http in Development)")]
    public static partial void PlanUploadRefused(ILogger logger);

    [LoggerMessage(EventId = 7504, Level = LogLevel.Information, Message = "File consent answered: {Answer}")]
    public static partial void PlanConsentAnswered(ILogger logger, string answer);

    [LoggerMessage(EventId = 7505, Level = LogLevel.Information, Message = "Plan document link refused (forged, expired or for another purpose)")]
    public static partial void PlanLinkRefused(ILogger logger);
}
