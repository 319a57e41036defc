using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>The user's answer to a file consent card, as the <c>fileConsent/invoke</c> carries it.</summary>
public sealed class FileConsentAnswer
{
    /// <summary>True for Allow, false for Decline.</summary>
    public required bool Accepted { get; init; }

    /// <summary>The accept or decline context the bot put on the card.</summary>
    public JsonObject? Context { get; init; }

    /// <summary>The pre-authorised OneDrive URL to PUT the file to (accept only).</summary>
    public string? UploadUrl { get; init; }

    /// <summary>Where the uploaded file lives, for the file info card.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>The file name OneDrive chose (it may add a number).</summary>
    public string? Name { get; init; }

    /// <summary>The drive item id, for the file info card.</summary>
    public string? UniqueId { get; init; }

    /// <summary>The file extension without its dot, for the file info card.</summary>
    public string? FileType { get; init; }
}
