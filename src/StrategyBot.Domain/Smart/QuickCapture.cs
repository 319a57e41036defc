using System.Text.RegularExpressions;

namespace StrategyBot.Domain.Smart;

/// <summary>Recognises a one-line objective typed at any point: "goal: grow Instagram reach 20% by March", "هدف: ...".</summary>
public static partial class QuickCapture
{
    /// <summary>True when the message starts with goal:, objective:, new goal:, هدف: or هدف جدید:, with text after it.</summary>
    public static bool TryParse(string? message, out string objectiveText)
    {
        objectiveText = "";
        if (string.IsNullOrWhiteSpace(message))
        {
            return false;
        }

        var match = Prefix().Match(message);
        if (!match.Success)
        {
            return false;
        }

        objectiveText = match.Groups["text"].Value.Trim();
        return objectiveText.Length > 0;
    }

    // Teams puts an <at>mention</at> in front of messages in group chats; the colon may be ASCII, full-width or a dash.
    [GeneratedRegex(@"^\s*(?:<at>[^<]*</at>\s*)?(?:new\s+goal|goal|objective|هدف(?:\s*جدید)?)\s*[:：\-–—]\s*(?<text>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Prefix();
}
