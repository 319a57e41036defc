using System.Text;
using StrategyBot.App.Localization;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// Writes a <see cref="PlanOutline"/> as Markdown (CommonMark): the same blocks as the Word document, in the same
/// words. User text is escaped so it cannot turn into markup; hashtags go into code spans instead, so they stay byte
/// for byte. A Persian document is wrapped in <c>&lt;div dir="rtl"&gt;</c>, which the common renderers honour.
/// The chart is embedded as a data URI, so the one file is the whole document.
/// </summary>
internal static class PlanMarkdownWriter
{
    public const string ContentType = "text/markdown; charset=utf-8";

    public static string Write(PlanOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var rtl = Languages.IsRightToLeft(outline.Language);
        var markdown = new StringBuilder();
        if (rtl)
        {
            markdown.Append("<div dir=\"rtl\">\n\n");
        }

        PlanBlockKind? previous = null;
        foreach (var block in outline.Blocks)
        {
            // Consecutive bullets form one list; everything else is its own paragraph.
            if (previous is { } last && !(last == PlanBlockKind.Bullet && block.Kind == PlanBlockKind.Bullet))
            {
                markdown.Append('\n');
            }

            markdown.Append(Line(block)).Append('\n');
            previous = block.Kind;
        }

        if (rtl)
        {
            markdown.Append("\n</div>\n");
        }

        return markdown.ToString();
    }

    public static byte[] WriteUtf8(PlanOutline outline) => Encoding.UTF8.GetBytes(Write(outline));

    private static string Line(PlanBlock block)
    {
        var text = block.Literal ? Code(block.Text) : Escape(block.Text);
        var labelled = block.Label is { } label ? "**" + Escape(label) + ":** " + text : text;
        return block.Kind switch
        {
            PlanBlockKind.Title => "# " + labelled,
            PlanBlockKind.Heading => "## " + labelled,
            PlanBlockKind.Subheading => "### " + labelled,
            PlanBlockKind.Bullet => "- " + labelled,
            PlanBlockKind.Image when block.Png is { } png => "![" + Escape(block.Text) + "](data:image/png;base64," + Convert.ToBase64String(png) + ")",
            _ => labelled,
        };
    }

    /// <summary>Backslash-escapes every character CommonMark could read as markup, and breaks no line.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // "- " at the start of a paragraph would begin a list, and so would "1. ".
        var result = escaped.ToString();
        var digits = result.Length - result.TrimStart("0123456789".ToCharArray()).Length;
        return result.StartsWith('-') || result.StartsWith('+') ? "\\" + result
            : digits > 0 && digits < result.Length && result[digits] is '.' or ')' ? result[..digits] + "\\" + result[digits..]
            : result;
    }

    // A code span keeps its content as typed; a run of backticks inside needs a longer fence around it.
    private static string Code(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        var fence = flat.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : "";
        return fence + pad + flat + pad + fence;
    }
}
