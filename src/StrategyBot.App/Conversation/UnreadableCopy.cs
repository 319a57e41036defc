namespace StrategyBot.App.Conversation;

/// <summary>
/// What the bot keeps of a typed document it could not read: the stored bytes, exactly, and why reading them failed.
/// It lives in the user's own scope as document "{name}.unreadable" (see <see cref="UnreadableDocuments"/>), so it
/// is saved with the turn, included in "export my data" and removed by "delete my data".
/// </summary>
internal sealed class UnreadableCopy
{
    /// <summary><see cref="Content"/> holds the bytes as text: they were valid UTF-8, so the text gives them back exactly.</summary>
    public const string TextEncoding = "utf-8";

    /// <summary><see cref="Content"/> holds the bytes in base64: they were not valid UTF-8, so no text can carry them.</summary>
    public const string Base64Encoding = "base64";

    /// <summary>The document the bytes were stored as, for example "plan".</summary>
    public string Document { get; set; } = string.Empty;

    /// <summary>False when a copy would not have fitted in the user's state row, so only this description was kept.</summary>
    public bool Kept { get; set; }

    /// <summary>True until the user has been told that the document was set aside.</summary>
    public bool NoticePending { get; set; }

    /// <summary>How many bytes the unreadable document had.</summary>
    public int Length { get; set; }

    /// <summary>Why it could not be read: the exception's type, for example "JsonException".</summary>
    public string? Error { get; set; }

    /// <summary>The exception's message, for support: where in the JSON reading failed and what was expected there.</summary>
    public string? Detail { get; set; }

    /// <summary><see cref="TextEncoding"/> or <see cref="Base64Encoding"/>; null when nothing was kept.</summary>
    public string? Encoding { get; set; }

    /// <summary>The original bytes in <see cref="Encoding"/>; null when nothing was kept.</summary>
    public string? Content { get; set; }
}
