using System.Net;
using System.Text.RegularExpressions;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// The plain text of the message "Save as goal" was started on. Teams sends the body as HTML (<c>contentType</c>
/// "html"), with mentions as <c>&lt;at&gt;</c> tags, so tags are dropped (line breaks kept) and entities decoded.
/// </summary>
internal static partial class MessageText
{
    /// <summary>The plain text, or empty; never longer than <paramref name="maxLength"/>.</summary>
    public static string Plain(string? content, string? contentType, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return "";
        }

        // Cut before parsing: a pasted page must not cost a regex pass over megabytes.
        var text = content.Length > maxLength * 4 ? content[..(maxLength * 4)] : content;
        if (!string.Equals(contentType, "text", StringComparison.OrdinalIgnoreCase))
        {
            text = Breaks().Replace(text, "\n");
            text = Tags().Replace(text, "");
            text = WebUtility.HtmlDecode(text);
        }

        text = Spaces().Replace(text.Replace('\u00A0', ' '), " ");
        text = BlankLines().Replace(text, "\n").Trim();
        return text.Length > maxLength ? text[..maxLength].TrimEnd() : text;
    }

    [GeneratedRegex(@"<\s*(?:br|/p|/div|/li)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex BlankLines();
}
