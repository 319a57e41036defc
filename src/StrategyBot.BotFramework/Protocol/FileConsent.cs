using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Teams' file consent flow for bots in a personal chat (docs/bot-protocol.md#file-consent): the bot sends a consent
/// card, the user's Allow or Decline arrives as a <c>fileConsent/invoke</c>, and after Allow the bot PUTs the file to
/// the upload URL Teams gave and sends a file info card.
/// </summary>
public static class FileConsent
{
    /// <summary>The invoke name of the user's answer to a consent card.</summary>
    public const string InvokeName = "fileConsent/invoke";

    /// <summary>The content type of the consent card.</summary>
    public const string ConsentCardType = "application/vnd.microsoft.teams.card.file.consent";

    /// <summary>The content type of the card that shows an uploaded file.</summary>
    public const string InfoCardType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>A consent card offering <paramref name="name"/>; both contexts come back in the invoke as <c>context</c>.</summary>
    public static Attachment ConsentCard(string name, string description, long sizeInBytes, JsonObject context)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(context);
        return new Attachment
        {
            ContentType = ConsentCardType,
            Name = name,
            Content = new JsonObject
            {
                ["description"] = description,
                ["sizeInBytes"] = sizeInBytes,
                ["acceptContext"] = context.DeepClone(),
                ["declineContext"] = context.DeepClone(),
            },
        };
    }

    /// <summary>The file info card for an uploaded file, from the upload info of the invoke.</summary>
    public static Attachment InfoCard(FileConsentAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new Attachment
        {
            ContentType = InfoCardType,
            ContentUrl = answer.ContentUrl,
            Name = answer.Name,
            Content = new JsonObject { ["uniqueId"] = answer.UniqueId, ["fileType"] = answer.FileType },
        };
    }

    /// <summary>Reads the invoke's value; null when it is not a well-formed consent answer (the value is user-controlled).</summary>
    public static FileConsentAnswer? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Invoke || activity.Name != InvokeName || activity.Value is not JsonObject value)
        {
            return null;
        }

        var action = String(value, "action");
        if (action is not ("accept" or "decline"))
        {
            return null;
        }

        var upload = value["uploadInfo"] as JsonObject;
        return new FileConsentAnswer
        {
            Accepted = action == "accept",
            Context = value["context"] as JsonObject,
            UploadUrl = upload is null ? null : String(upload, "uploadUrl"),
            ContentUrl = upload is null ? null : String(upload, "contentUrl"),
            Name = upload is null ? null : String(upload, "name"),
            UniqueId = upload is null ? null : String(upload, "uniqueId"),
            FileType = upload is null ? null : String(upload, "fileType"),
        };
    }

    private static string? String(JsonObject json, string name) =>
        json[name] is JsonValue node && node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
}
