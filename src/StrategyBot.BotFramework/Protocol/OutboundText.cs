namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Prepares a message's text for Teams' markdown: a lone line break is a soft break that Teams shows as a space, so
/// bullets and numbered lines would run into one paragraph (docs/bot-protocol.md#message-text). Each line becomes a
/// paragraph of its own; plain and xml text are left alone.
/// </summary>
internal static class OutboundText
{
    /// <summary>Rewrites <paramref name="activity"/>'s text in place when it is markdown.</summary>
    public static void Prepare(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.TextFormat is null || string.Equals(activity.TextFormat, "markdown", StringComparison.OrdinalIgnoreCase))
        {
            activity.Text = Paragraphs(activity.Text);
        }
    }

    /// <summary>Each single line break becomes a blank line; runs of two or more, and text without any, stay as they are.</summary>
    public static string? Paragraphs(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return string.Create(CountLength(normalised), normalised, static (span, source) =>
        {
            var at = 0;
            for (var i = 0; i < source.Length; i++)
            {
                span[at++] = source[i];
                if (IsLoneBreak(source, i))
                {
                    span[at++] = '\n';
                }
            }
        });
    }

    private static int CountLength(string text)
    {
        var length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsLoneBreak(text, i))
            {
                length++;
            }
        }

        return length;
    }

    private static bool IsLoneBreak(string text, int index) =>
        text[index] == '\n'
        && (index == 0 || text[index - 1] != '\n')
        && (index + 1 == text.Length || text[index + 1] != '\n');
}
